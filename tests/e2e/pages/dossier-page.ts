import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { keepFirstPdfPage, pdfInfo } from '../artifacts';
import { appUrl } from './app-url';

const OUTPUT_DIR = path.resolve('tests/output/dossiers');

/** The printable dossier: one A4 sheet per site, with its map, QR code, sections and sources. */
export class DossierPage {
  /** The sheets, one per site. */
  readonly sheets: Locator;
  readonly qrCodes: Locator;
  readonly siteMap: Locator;
  readonly name: Locator;
  readonly sources: Locator;
  readonly asOf: Locator;

  constructor(readonly page: Page) {
    this.sheets = page.getByTestId('dossier-page');
    this.qrCodes = page.getByTestId('dossier-qr');
    this.siteMap = page.getByTestId('site-map');
    this.name = page.getByTestId('dossier-name');
    this.sources = page.getByTestId('dossier-sources');
    this.asOf = page.getByTestId('dossier-as-of');
  }

  /** Opens the dossier of these sites in a language. */
  async open(siteIds: readonly string[], language: string): Promise<void> {
    await this.page.goto(appUrl({ dossier: siteIds, lang: language }));
  }

  /** How far the (single) sheet's content runs past its height, in CSS pixels. */
  sheetOverflow(): Promise<number> {
    return this.sheets.evaluate((element) => element.scrollHeight - element.clientHeight);
  }

  /** How many sections have no text beyond their title. */
  emptySectionCount(): Promise<number> {
    return this.page
      .locator('.dossier-section')
      .evaluateAll(
        (sections) =>
          sections.filter(
            (section) =>
              (section.textContent ?? '').trim().length <=
              (section.querySelector('h2')?.textContent ?? '').trim().length,
          ).length,
      );
  }

  /** Prints to tests/output/dossiers/<name>.pdf; returns the file, its page count and page size. */
  async printToPdf(name: string) {
    mkdirSync(OUTPUT_DIR, { recursive: true });
    const pdfFile = path.join(OUTPUT_DIR, `${name}.pdf`);
    writeFileSync(pdfFile, await this.page.pdf({ preferCSSPageSize: true, printBackground: true }));
    return { pdfFile, ...pdfInfo(pdfFile) };
  }

  /** Prints to PDF, keeps page 1 as the screenshot <name>.png and decodes its QR code. */
  async printAndDecode(name: string) {
    const { pdfFile, pages, widthPts, heightPts } = await this.printToPdf(name);
    const prefix = keepFirstPdfPage(pdfFile, name, { resolution: 150, singleFile: true });
    const png = PNG.sync.read(readFileSync(`${prefix}.png`));
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    return { pages, widthPts, heightPts, qr: decoded?.data ?? null };
  }
}
