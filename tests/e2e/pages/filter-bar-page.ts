import type { Locator, Page } from '@playwright/test';

/** The bar shown while the map is filtered, listing the matching sites. */
export class FilterBarPage {
  readonly bar: Locator;
  readonly matches: Locator;

  constructor(readonly page: Page) {
    this.bar = page.getByTestId('filter-bar');
    this.matches = page.getByTestId('filter-match');
  }
}
