/**
 * Bytes: what the first view transferred (gzip) before the map went idle,
 * read from the page's resource timing, and the JS chunks it did not load.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { NetworkEntry } from '../browser';
import { gzipSize } from '../server';

type Kind = 'js' | 'css' | 'geodata' | 'other';

/** One file and its gzip size in bytes. */
export interface FileSize {
  name: string;
  gzipBytes: number;
}

const kindOf = (url: string): Kind => {
  const pathname = new URL(url).pathname;
  if (/\.(m?js)$/.test(pathname)) return 'js';
  if (pathname.endsWith('.css')) return 'css';
  if (/\.(geo)?json$/.test(pathname)) return 'geodata';
  return 'other';
};

const bytesOfKind = (entries: readonly NetworkEntry[], kind: Kind) =>
  entries
    .filter((entry) => kindOf(entry.url) === kind)
    .reduce((total, entry) => total + entry.bodyBytes, 0);

const largestFirst = (left: FileSize, right: FileSize) => right.gzipBytes - left.gzipBytes;

const filesOfKind = (entries: readonly NetworkEntry[], kind: Kind): FileSize[] =>
  entries
    .filter((entry) => kindOf(entry.url) === kind)
    .map((entry) => ({
      name: path.basename(new URL(entry.url).pathname),
      gzipBytes: entry.bodyBytes,
    }))
    .sort(largestFirst);

/** JS a page had loaded when its map went idle, in bytes on the wire (gzip). */
export const jsBytesAtReady = (entries: readonly NetworkEntry[]) => bytesOfKind(entries, 'js');

/** Bytes (gzip) of the first view's resources `initial`, and of the build's JS it did not load. */
export function measureBytes(initial: readonly NetworkEntry[], distDir: string) {
  // `initial`: every resource complete when the map went idle (the page's resource timing);
  // lazy: the chunks in `distDir`/assets that are not among them, gzipped here.
  const initialJs = filesOfKind(initial, 'js');
  const initialNames = new Set(initialJs.map((file) => file.name));
  const assets = path.join(distDir, 'assets');
  const lazy = readdirSync(assets)
    .filter((name) => /\.m?js$/.test(name) && !initialNames.has(name))
    .map((name) => ({ name, gzipBytes: gzipSize(readFileSync(path.join(assets, name))) }))
    .sort(largestFirst);
  return {
    initialJsBytes: bytesOfKind(initial, 'js'),
    initialCssBytes: bytesOfKind(initial, 'css'),
    geodataBytes: bytesOfKind(initial, 'geodata'),
    lazyJsBytes: lazy.reduce((total, chunk) => total + chunk.gzipBytes, 0),
    initialJs,
    geodata: filesOfKind(initial, 'geodata'),
    lazy,
  };
}

/**
 * A string only exceljs's code carries (its SpreadsheetML namespace): which
 * emitted chunks hold the workbook library.
 */
const WORKBOOK_LIBRARY_MARK = 'schemas.openxmlformats.org/spreadsheetml/2006/main';

/**
 * The emitted JS chunk holding the workbook library (exceljs) and its gzip
 * size; throws unless exactly one chunk holds it (the import worker and the
 * exports once carried a copy each, see src/lib/workbook-sheets.ts).
 */
export function workbookLibraryChunk(distDir: string): FileSize {
  const assets = path.join(distDir, 'assets');
  const holding = readdirSync(assets).filter(
    (name) =>
      /\.m?js$/.test(name) &&
      readFileSync(path.join(assets, name), 'utf8').includes(WORKBOOK_LIBRARY_MARK),
  );
  if (holding.length !== 1)
    throw new Error(
      `the workbook library (exceljs) should be in exactly one emitted chunk, found ${holding.length}: ${holding.join(', ') || 'none'}`,
    );
  const name = holding[0]!;
  return { name, gzipBytes: gzipSize(readFileSync(path.join(assets, name))) };
}
