import type { Download, Locator, Page } from '@playwright/test';
import { downloadFrom } from './browser-events';

/** The detail panel of the selected site or county: what it says and what a user does from it. */
export class DetailPage {
  readonly panel: Locator;
  readonly name: Locator;
  readonly qualityBadge: Locator;
  readonly area: Locator;
  readonly enterprises: Locator;
  /** The link to the site's printable one-page dossier. */
  readonly dossierLink: Locator;
  readonly siteQrCode: Locator;
  /** A county's city-plan platforms, one group per kind, and each platform listed. */
  readonly platformKinds: Locator;
  readonly platforms: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('detail-panel');
    this.name = this.panel.getByTestId('detail-name');
    this.qualityBadge = this.panel.getByTestId('quality-badge');
    this.area = this.panel.getByTestId('detail-area');
    this.enterprises = this.panel.getByTestId('enterprise-item');
    this.dossierLink = this.panel.getByTestId('dossier-open');
    this.siteQrCode = this.panel.getByTestId('site-qr-code');
    this.platformKinds = this.panel.getByTestId('detail-platform-kind');
    this.platforms = this.panel.getByTestId('detail-platform');
  }

  async close(): Promise<void> {
    await this.panel.getByTestId('detail-close').click();
  }

  /** Filters the map by the first industry listed for the site. */
  async filterByFirstIndustry(): Promise<void> {
    await this.panel.getByTestId('industry-chip').first().click();
  }

  /** Selects the first site the panel's contents link to. */
  async openFirstContentsLink(): Promise<void> {
    await this.panel.getByTestId('detail-contents').getByRole('button').first().click();
  }

  /** The code card of one enterprise (its QR code with its link). */
  enterpriseCode(enterpriseId: string): Locator {
    return this.panel
      .getByTestId('enterprise-code')
      .and(this.page.locator(`[data-enterprise-id="${enterpriseId}"]`));
  }

  enterpriseQrCode(enterpriseId: string): Locator {
    return this.enterpriseCode(enterpriseId).getByTestId('enterprise-qr-code');
  }

  /** Unfolds the site's QR code. */
  async showSiteQr(): Promise<void> {
    await this.panel.getByTestId('site-qr').locator('summary').click();
  }

  /** Downloads the site's QR code as a PNG. */
  downloadSiteQr(): Promise<Download> {
    return downloadFrom(
      this.page,
      this.panel.getByTestId('site-qr').getByTestId('qr-download-png'),
    );
  }

  /** Adds the site to (or takes it off) the comparison. */
  async toggleCompare(): Promise<void> {
    await this.panel.getByTestId('compare-toggle').click();
  }

  /** Adds the site to (or takes it off) the shortlist. */
  async toggleShortlist(): Promise<void> {
    await this.panel.getByTestId('shortlist-toggle').click();
  }
}
