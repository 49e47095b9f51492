import { expect, type Download, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { downloadFrom } from './browser-events';
import { revealHeaderTools } from './header-tools';

/** Whether an element's content is cut: wider or taller than its box. */
export interface Overflow {
  testId: string;
  scrollWidth: number;
  clientWidth: number;
}

/** The header: language switch, layer panel toggle, tools menu, share and the exports menu. */
export class HeaderPage {
  readonly header: Locator;
  readonly languageSwitch: Locator;
  readonly layerPanelToggle: Locator;
  readonly title: Locator;
  readonly menuButton: Locator;
  readonly menu: Locator;
  readonly sharePanel: Locator;
  readonly shareLink: Locator;
  readonly shareStatus: Locator;
  readonly shareQr: Locator;
  readonly openFullLink: Locator;

  constructor(readonly page: Page) {
    this.header = page.getByTestId('header');
    this.languageSwitch = page.getByTestId('lang-switch');
    this.layerPanelToggle = page.getByTestId('layer-panel-toggle');
    this.title = page.getByTestId('header-title');
    this.menuButton = page.getByTestId('header-menu-button');
    this.menu = page.getByTestId('header-menu');
    this.sharePanel = page.getByTestId('share-panel');
    this.shareLink = page.getByTestId('share-link');
    this.shareStatus = page.getByTestId('share-status');
    this.shareQr = page.getByTestId('share-qr');
    this.openFullLink = page.getByTestId('embed-open-full');
  }

  /** Shows the tools (opening the tools menu on a narrow window). */
  async revealTools(): Promise<void> {
    await revealHeaderTools(this.page);
  }

  async switchLanguage(): Promise<void> {
    await this.revealTools();
    await this.languageSwitch.click();
  }

  async openExports(): Promise<void> {
    await this.revealTools();
    await this.page.getByTestId('exports-open').click();
  }

  /** "分享 / Share": copies the current view's link and shows it with its QR code. */
  async share(): Promise<void> {
    await this.revealTools();
    await this.page.getByTestId('share-open').click();
    await expect(this.sharePanel).toBeVisible();
  }

  /** The text the open share panel's QR code reads as, decoded from its picture on screen. */
  async decodeShareQr(): Promise<string | null> {
    const png = PNG.sync.read(await this.shareQr.screenshot());
    return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
  }

  /** What the page can read back from the clipboard (needs the clipboard-read permission). */
  clipboardText(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** From the open exports menu: the enterprises as a CSV file. */
  exportEnterprisesCsv(): Promise<Download> {
    return downloadFrom(this.page, this.page.getByTestId('export-enterprises-csv'));
  }

  /** From the open exports menu: enterprises and targets as an Excel workbook. */
  exportWorkbook(): Promise<Download> {
    return downloadFrom(this.page, this.page.getByTestId('export-xlsx'));
  }

  /** From the open exports menu: the map as a PNG picture. */
  exportMapPng(): Promise<Download> {
    return downloadFrom(this.page, this.page.getByTestId('export-map-png'));
  }

  /**
   * The header's title, search field and visible controls whose content does
   * not fit their box, plus any control reaching past the header's right edge.
   * The search field counts as cut when its placeholder is wider than its text box.
   */
  overflowing(): Promise<Overflow[]> {
    return this.header.evaluate((header) => {
      const found: Array<{ testId: string; scrollWidth: number; clientWidth: number }> = [];
      const name = (element: Element) =>
        element.getAttribute('data-testid') ?? element.className.toString();
      const headerRight = header.getBoundingClientRect().right;
      const controls = header.querySelectorAll<HTMLElement>(
        '[data-testid="header-title"], button, select, a, input',
      );
      for (const element of controls) {
        if (element.offsetParent === null) continue;
        if (element.closest('[data-testid="header-menu"], [data-testid="share-panel"]')) continue;
        const box = element.getBoundingClientRect();
        if (element.scrollWidth > element.clientWidth + 1 || box.right > headerRight + 0.5)
          found.push({
            testId: name(element),
            scrollWidth: Math.max(element.scrollWidth, Math.round(box.right)),
            clientWidth: Math.min(element.clientWidth, Math.round(headerRight)),
          });
      }
      const input = header.querySelector<HTMLInputElement>('[data-testid="search-input"]');
      if (input && input.offsetParent !== null) {
        const style = getComputedStyle(input);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = style.font;
        const needed = context.measureText(input.placeholder).width;
        const box =
          input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        if (needed > box)
          found.push({
            testId: 'search-input placeholder',
            scrollWidth: Math.ceil(needed),
            clientWidth: Math.floor(box),
          });
      }
      return found;
    });
  }
}
