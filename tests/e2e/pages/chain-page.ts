import type { Download, Locator, Page } from '@playwright/test';
import { downloadFrom } from './browser-events';

/** The industry-chain view docked under the map: picker, diagram, link detail, gap report, coverage. */
export class ChainPage {
  readonly openButton: Locator;
  readonly view: Locator;
  readonly choices: Locator;
  readonly links: Locator;
  readonly gapLinks: Locator;
  readonly linkDetail: Locator;
  readonly linkPlatforms: Locator;
  readonly gapRows: Locator;
  readonly coverageCells: Locator;

  constructor(readonly page: Page) {
    this.openButton = page.getByTestId('chains-open');
    this.view = page.getByTestId('chain-view');
    this.choices = page.getByTestId('chain-choice');
    this.links = page.getByTestId('chain-link');
    this.gapLinks = page.locator('[data-testid="chain-link"][data-gap="true"]');
    this.linkDetail = page.getByTestId('chain-link-detail');
    this.linkPlatforms = page.getByTestId('chain-link-platform');
    this.gapRows = page.getByTestId('gap-row');
    this.coverageCells = page.getByTestId('coverage-cell');
  }

  choice(industryId: string): Locator {
    return this.page.locator(`[data-testid="chain-choice"][data-industry-id="${industryId}"]`);
  }

  /** Present links that have at least one hosting platform are chosen by this id. */
  link(linkId: string): Locator {
    return this.page.locator(`[data-testid="chain-link"][data-link-id="${linkId}"]`);
  }

  async platformIds(): Promise<string[]> {
    return this.linkPlatforms.evaluateAll((items) =>
      items.map((item) => (item as HTMLElement).dataset.featureId ?? ''),
    );
  }

  async showTab(tab: 'chain' | 'gaps' | 'coverage'): Promise<void> {
    await this.page.getByTestId(`chain-tab-${tab}`).click();
  }

  exportGapsCsv(): Promise<Download> {
    return downloadFrom(this.page, this.page.getByTestId('gap-export-csv'));
  }
}
