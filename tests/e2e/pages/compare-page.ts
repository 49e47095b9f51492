import type { Locator, Page } from '@playwright/test';
import { appUrl } from './app-url';

/** The side-by-side comparison of sites. */
export class ComparePage {
  readonly comparison: Locator;
  readonly sites: Locator;
  /** What is said about the pair (their distance and how it was computed). */
  readonly pair: Locator;
  readonly counties: Locator;
  readonly areas: Locator;
  readonly distanceAxes: Locator;
  readonly industries: Locator;
  /** Industries both sites have, marked in both columns. */
  readonly sharedIndustries: Locator;

  constructor(readonly page: Page) {
    this.comparison = page.getByTestId('compare-page');
    this.sites = page.getByTestId('compare-site');
    this.pair = page.getByTestId('compare-pair');
    this.counties = page.getByTestId('compare-county');
    this.areas = page.getByTestId('compare-area');
    this.distanceAxes = page.getByTestId('compare-distance-axis');
    this.industries = page.getByTestId('compare-industries');
    this.sharedIndustries = this.industries.locator('[data-shared="true"]');
  }

  /** Opens the comparison of these sites in a language. */
  async open(siteIds: readonly string[], language: string): Promise<void> {
    await this.page.goto(appUrl({ compare: siteIds, lang: language }));
  }
}
