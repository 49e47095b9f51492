import type { Download, Locator, Page } from '@playwright/test';
import { downloadFrom } from './browser-events';

/** The header: language switch, layer panel toggle and the exports menu. */
export class HeaderPage {
  readonly languageSwitch: Locator;
  readonly layerPanelToggle: Locator;

  constructor(readonly page: Page) {
    this.languageSwitch = page.getByTestId('lang-switch');
    this.layerPanelToggle = page.getByTestId('layer-panel-toggle');
  }

  async openExports(): Promise<void> {
    await this.page.getByTestId('exports-open').click();
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
}
