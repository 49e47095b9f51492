import type { Locator, Page } from '@playwright/test';

/** The tray along the bottom holding the comparison and the shortlist. */
export class SiteTrayPage {
  readonly tray: Locator;
  readonly compareItems: Locator;
  /** The link that opens the side-by-side comparison. */
  readonly compareLink: Locator;
  /** The share button carrying the shortlist's link. */
  readonly shortlistShare: Locator;
  readonly shortlist: Locator;

  constructor(readonly page: Page) {
    this.tray = page.getByTestId('site-tray');
    this.compareItems = page.getByTestId('compare-tray-item');
    this.compareLink = page.getByTestId('compare-open');
    this.shortlistShare = page.getByTestId('shortlist-share');
    this.shortlist = page.getByTestId('shortlist-tray');
  }

  async clearShortlist(): Promise<void> {
    await this.shortlist.getByRole('button', { name: '清空候选' }).click();
  }

  /** Whether a panel is beside the tray or ends above it (not covered by it). */
  async leavesUncovered(panel: Locator): Promise<boolean> {
    const panelBox = (await panel.boundingBox())!;
    const bar = (await this.tray.boundingBox())!;
    const apart = bar.x + bar.width <= panelBox.x || panelBox.x + panelBox.width <= bar.x;
    return apart || panelBox.y + panelBox.height <= bar.y;
  }

  /** The height the shell reserves for the tray (its CSS variable; '' when there is no tray). */
  reservedHeight(): Promise<string> {
    return this.page.evaluate(() =>
      document
        .querySelector<HTMLElement>('.shell__main')!
        .style.getPropertyValue('--site-tray-height'),
    );
  }
}
