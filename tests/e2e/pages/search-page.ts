import type { Locator, Page } from '@playwright/test';

/** The search box in the header and its results. */
export class SearchPage {
  readonly input: Locator;
  readonly results: Locator;
  /** The notice that a loaded register is still being indexed. */
  readonly pending: Locator;
  /** What the list says when nothing matches. */
  readonly empty: Locator;

  constructor(readonly page: Page) {
    this.input = page.getByTestId('search-input');
    this.results = page.getByTestId('search-result');
    this.pending = page.getByTestId('search-pending');
    this.empty = page.getByTestId('search-empty');
  }

  /** Clicks into the search box (which starts loading the index). */
  async focus(): Promise<void> {
    await this.input.click();
  }

  async type(query: string): Promise<void> {
    await this.input.fill(query);
  }

  /** Goes to the first result. */
  async submit(): Promise<void> {
    await this.input.press('Enter');
  }
}
