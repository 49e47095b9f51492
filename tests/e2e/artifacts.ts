import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { PNG } from 'pngjs';

/** What the journeys leave behind to look at: screenshots and rasterised printouts. */
export const SCREENSHOT_DIR = path.resolve('tests/output/screenshots');

export async function keepScreenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, ...options });
  return file;
}

/** A PDF's page count and first page size in points, from poppler's pdfinfo. */
export function pdfInfo(pdfFile: string): { pages: number; widthPts: number; heightPts: number } {
  const info = execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' });
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
    widthPts: Number(size?.[1]),
    heightPts: Number(size?.[2]),
  };
}

/**
 * Rasterises a PDF's first page into the screenshots as `name.png` (singleFile)
 * or as pdftoppm names it (`name-1.png`); returns the file prefix.
 */
export function keepFirstPdfPage(
  pdfFile: string,
  name: string,
  { resolution, singleFile = false }: { resolution: number; singleFile?: boolean },
): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const prefix = path.join(SCREENSHOT_DIR, name);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    String(resolution),
    '-f',
    '1',
    '-l',
    '1',
    ...(singleFile ? ['-singlefile'] : []),
    pdfFile,
    prefix,
  ]);
  return prefix;
}

/**
 * How much of a map picture is really drawn: the share of opaque pixels and the
 * number of distinct colours in its top `rows` rows. A capture taken after
 * the WebGL buffer was cleared is transparent or a single colour.
 */
export function pictureContent(png: PNG, rows = png.height): { opaque: number; colours: number } {
  const colours = new Set<number>();
  let opaque = 0;
  const height = Math.min(rows, png.height);
  for (let index = 0; index < png.width * height; index += 1) {
    const offset = index * 4;
    if (png.data[offset + 3]! > 0) opaque += 1;
    colours.add((png.data[offset]! << 16) | (png.data[offset + 1]! << 8) | png.data[offset + 2]!);
  }
  return { opaque: opaque / (png.width * height), colours: colours.size };
}
