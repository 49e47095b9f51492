/**
 * The benchmark's text: Markdown-style tables of measures against budgets,
 * and the verdicts. A smoke run prints `(smoke)` instead of a verdict, since
 * its few samples say nothing about a budget.
 */
import { BUDGET } from './budget';
import { kb, ms, round } from './format';
import type { FileSize, measureBytes } from './measures/bytes';
import type { measureFloorInteractions } from './measures/floor';
import type { measureInteractions } from './measures/interactions';
import type { PortableSize } from './measures/portable';
import { importTableRows, type ImportRow } from './measures/import';
import type { Renderer } from './measures/renderer';
import type { ScaleRow } from './measures/scale';
import { growthExponent, growthVerdict, median, p95 } from './stats';

type Verdict = (isMet: boolean) => string;
const verdictIn =
  (isSmoke: boolean): Verdict =>
  (isMet) =>
    isSmoke ? '(smoke)' : isMet ? 'ok' : 'MISS';

/**
 * Verdicts of absolute time budgets (≤ 50 ms): judged where a GPU renders. On software
 * WebGL a missed one says "needs a GPU", since a map frame alone costs more there; the
 * ratio to the floor, measured on the same renderer, is that run's verdict.
 */
const absoluteVerdictIn =
  (isSmoke: boolean, isSoftware: boolean): Verdict =>
  (isMet) =>
    isSmoke ? '(smoke)' : isMet ? 'ok' : isSoftware ? 'needs a GPU' : 'MISS';

/** A table: title line, header, rule, rows; columns padded to their widest cell (code points). */
function table(title: string, header: readonly string[], rows: ReadonlyArray<readonly string[]>) {
  const widths = header.map((cell, column) =>
    Math.max([...cell].length, ...rows.map((row) => [...row[column]!].length)),
  );
  const line = (row: readonly string[]) =>
    `| ${row.map((cell, column) => cell + ' '.repeat(widths[column]! - [...cell].length)).join(' | ')} |`;
  return [
    title,
    line(header),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

const BUDGET_HEADER = ['measure', 'value', 'budget', 'status'];

/** The first line of the output: mode, sample count, browser and renderer, time (UTC, to the minute). */
export function benchTitle(options: {
  isSmoke: boolean;
  isScale: boolean;
  runs: number;
  chromium: string;
  renderer: Renderer;
}): string {
  const mode = options.isSmoke ? ' -- --smoke' : options.isScale ? ' -- --scale' : '';
  const renderer = `${options.renderer.isSoftware ? 'software' : 'GPU'} WebGL: ${options.renderer.name}`;
  return `npm run bench${mode} · ${options.runs} cold loads each · Chromium ${options.chromium} (headless) · ${renderer} · ${new Date().toISOString().slice(0, 16)}Z`;
}

type Interactions = Awaited<ReturnType<typeof measureInteractions>>;
type FloorInteractions = Omit<Awaited<ReturnType<typeof measureFloorInteractions>>, 'outside'>;

/** What the main table reads; times in ms, bytes in bytes. */
export interface MainResults {
  ready: { appMedianMs: number; floorMedianMs: number; ratio: number };
  bytes: ReturnType<typeof measureBytes>;
  floorJsBytes: number;
  /** The one-file briefing, or null when it was not built (--no-build). */
  portable: PortableSize | null;
  firstSeconds: {
    windowMs: number;
    readyMs: number;
    jsBytes: number;
    jsBytesByIdlePlusWindow: number;
    serviceWorker: { bytes: number; jsBytes: number; files: number };
  };
  workbookChunk: FileSize;
  interactions: Interactions;
  floor: FloorInteractions;
  renderer: Renderer;
}

/** App ÷ floor for each interaction: p95 for the timed ones, median for pan frames. */
export function floorRatios(app: Interactions, floor: FloorInteractions) {
  return {
    detail: p95(app.detail) / p95(floor.detail),
    search: p95(app.search) / p95(floor.search),
    language: p95(app.language) / p95(floor.language),
    frames: median(app.frames) / median(floor.frames),
  };
}

const ratioText = (ratio: number) => (Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : 'n/a');

/** The main table: time to ready, bytes and interactions against their budgets. */
export function mainTable(title: string, results: MainResults, isSmoke: boolean): string {
  const verdict = verdictIn(isSmoke);
  const absolute = absoluteVerdictIn(isSmoke, results.renderer.isSoftware);
  const { bytes, interactions, floor } = results;
  const { ratio } = results.ready;
  const ratios = floorRatios(interactions, floor);
  const detailP95 = p95(interactions.detail);
  const searchP95 = p95(interactions.search);
  const languageP95 = p95(interactions.language);
  const ratioRow = (name: string, value: number, budget?: number): string[] => [
    `  ratio app ÷ floor (${name})`,
    ratioText(value),
    budget === undefined ? '' : `≤ ${budget}×`,
    budget === undefined ? '' : verdict(value <= budget),
  ];
  return table(title, BUDGET_HEADER, [
    ['time to ready, app (median)', ms(results.ready.appMedianMs), '', ''],
    ['time to ready, floor (median)', ms(results.ready.floorMedianMs), '', ''],
    [
      'ratio app ÷ floor',
      ratio.toFixed(2),
      `≤ ${BUDGET.readyRatio}`,
      verdict(ratio <= BUDGET.readyRatio),
    ],
    [
      'initial JS (gzip, before idle)',
      `${round(kb(bytes.initialJsBytes))} KB`,
      `≤ ${BUDGET.initialJsKb} KB`,
      verdict(kb(bytes.initialJsBytes) <= BUDGET.initialJsKb),
    ],
    ['  floor page, for comparison', `${round(kb(results.floorJsBytes))} KB`, '', ''],
    [
      `JS fetched in the first ${results.firstSeconds.windowMs / 1000} s (gzip, page and workers)`,
      `${round(kb(results.firstSeconds.jsBytes))} KB`,
      `≤ ${BUDGET.firstSecondsJsKb} KB`,
      verdict(kb(results.firstSeconds.jsBytes) <= BUDGET.firstSecondsJsKb),
    ],
    [
      `  by ${results.firstSeconds.windowMs / 1000} s after idle (idle at ${ms(results.firstSeconds.readyMs)})`,
      `${round(kb(results.firstSeconds.jsBytesByIdlePlusWindow))} KB`,
      '',
      '',
    ],
    [
      '  service worker precache by then (offline copy)',
      `${round(kb(results.firstSeconds.serviceWorker.bytes))} KB in ${results.firstSeconds.serviceWorker.files} files (JS ${round(kb(results.firstSeconds.serviceWorker.jsBytes))} KB)`,
      '',
      '',
    ],
    ['initial CSS (gzip)', `${round(kb(bytes.initialCssBytes), 1)} KB`, '', ''],
    [
      'lazy JS chunks (gzip, not loaded)',
      `${round(kb(bytes.lazyJsBytes))} KB in ${bytes.lazy.length}`,
      '',
      '',
    ],
    [
      '  of which workbook library (exceljs)',
      `${round(kb(results.workbookChunk.gzipBytes))} KB`,
      '1 chunk',
      'ok',
    ],
    [
      'default geodata (gzip)',
      `${round(kb(bytes.geodataBytes))} KB`,
      `≤ ${BUDGET.geodataKb} KB`,
      verdict(kb(bytes.geodataBytes) <= BUDGET.geodataKb),
    ],
    [
      'portable briefing, one HTML file',
      results.portable
        ? `${round(kb(results.portable.bytes))} KB (gzip ${round(kb(results.portable.gzipBytes))} KB)`
        : 'not built',
      '',
      '',
    ],
    [
      `click → detail painted (p95, n=${interactions.detail.length})`,
      ms(detailP95),
      `≤ ${BUDGET.interactionP95Ms} ms`,
      absolute(detailP95 <= BUDGET.interactionP95Ms),
    ],
    ['  of which React commit (p95)', ms(p95(interactions.detailCommit)), '', ''],
    [
      `  floor page: name in a panel (p95, n=${floor.detail.length})`,
      ms(p95(floor.detail)),
      '',
      '',
    ],
    ratioRow('click → detail', ratios.detail, BUDGET.interactionFloorRatio),
    [
      `keystroke → results painted (p95, n=${interactions.search.length})`,
      ms(searchP95),
      `≤ ${BUDGET.interactionP95Ms} ms`,
      absolute(searchP95 <= BUDGET.interactionP95Ms),
    ],
    [
      `  floor page: substring filter (p95, n=${floor.search.length})`,
      ms(p95(floor.search)),
      '',
      '',
    ],
    ratioRow('keystroke → results', ratios.search, BUDGET.interactionFloorRatio),
    [
      `language → labels redrawn (p95, n=${interactions.language.length})`,
      ms(languageP95),
      `≤ ${BUDGET.interactionP95Ms} ms`,
      absolute(languageP95 <= BUDGET.interactionP95Ms),
    ],
    [
      `  floor page: text-field per layer (p95, n=${floor.language.length})`,
      ms(p95(floor.language)),
      '',
      '',
    ],
    ratioRow('language', ratios.language, BUDGET.languageFloorRatio),
    ['map frame while panning (median)', ms(median(interactions.frames)), '', ''],
    ['  floor page (median)', ms(median(floor.frames)), '', ''],
    // Not judged: the app's frames while moving include frames without a map redraw
    // (YieldingMap) and, in software WebGL, half-resolution ones; the floor's are all full.
    ratioRow('pan frame', ratios.frames),
  ]);
}

const SCALE_METRICS: Array<[string, (row: ScaleRow) => number, (value: number) => string]> = [
  ['time to ready (median)', (row) => median(row.readyMs), ms],
  ['JS heap after ready (MB)', (row) => median(row.heapMb), (value) => `${round(value, 1)} MB`],
  ['search index build (worker)', (row) => row.indexBuildMs, ms],
  ['keystroke → results (p95)', (row) => row.keystrokeP95Ms, ms],
  ['frame time while panning (p95)', (row) => row.frameP95Ms, ms],
  ['longest task after ready', (row) => row.longestTaskAfterReadyMs, ms],
  ['  of which before panning', (row) => row.longestBeforePanMs, ms],
];

/** One size per column and the growth exponent fitted over the sizes. */
function growthTable(title: string, group: readonly ScaleRow[]): string {
  const header = ['measure', ...group.map((row) => row.label), 'growth k (y ∝ n^k)'];
  const body = SCALE_METRICS.map(([name, pick, format]) => {
    const values = group.map(pick);
    const exponent = growthExponent(
      group.map((row) => row.size),
      values,
    );
    return [
      name,
      ...values.map(format),
      group.length > 1 && !Number.isNaN(exponent)
        ? `${exponent.toFixed(2)} ${growthVerdict(exponent)}`
        : 'n/a',
    ];
  });
  return table(title, header, body);
}

/** The largest point size against the scale budgets; `defaultReadyMs` is the app's, in ms. */
function scaleBudgetTable(
  largest: ScaleRow,
  defaultReadyMs: number,
  verdict: Verdict,
  absolute: Verdict,
): string {
  const readyFactor = median(largest.readyMs) / defaultReadyMs;
  return table(`Budgets at ${largest.label}`, BUDGET_HEADER, [
    [
      'ready ÷ default-data ready',
      `${readyFactor.toFixed(2)}×`,
      `≤ ${BUDGET.scaleReadyFactor}×`,
      verdict(readyFactor <= BUDGET.scaleReadyFactor),
    ],
    [
      'keystroke → results (p95)',
      ms(largest.keystrokeP95Ms),
      `≤ ${BUDGET.interactionP95Ms} ms`,
      absolute(largest.keystrokeP95Ms <= BUDGET.interactionP95Ms),
    ],
    [
      'long tasks > 200 ms after ready',
      `${largest.longTasksOver200} (longest ${ms(largest.longestTaskAfterReadyMs)})`,
      '0',
      verdict(largest.longTasksOver200 === 0),
    ],
    [
      '  of which before panning',
      `${largest.longTasksOver200BeforePan} (longest ${ms(largest.longestBeforePanMs)})`,
      '',
      '',
    ],
  ]);
}

/** The scale tables: growth over sizes, then budgets at the largest point size (times in ms). */
export function scaleTable(
  rows: ScaleRow[],
  defaultReadyMs: number,
  isSmoke: boolean,
  isSoftware: boolean,
): string {
  const points = rows.filter((row) => row.kind === 'points');
  const polygons = rows.filter((row) => row.kind === 'polygons');
  const sections: string[] = [];
  for (const [title, group] of [
    ['Scale: synthetic enterprise points (clustered), growth fitted on log–log', points],
    ['Scale: synthetic polygons', polygons],
  ] as const) {
    if (group.length > 0) sections.push(growthTable(title, group));
  }
  const largest = points.at(-1);
  if (largest)
    sections.push(
      scaleBudgetTable(
        largest,
        defaultReadyMs,
        verdictIn(isSmoke),
        absoluteVerdictIn(isSmoke, isSoftware),
      ),
    );
  return sections.join('\n\n');
}

/** The five largest files, `name 12 KB` (gzip, KiB), comma-separated. */
export const largestFiles = (files: readonly FileSize[]) =>
  files
    .slice(0, 5)
    .map((file) => `${file.name} ${round(kb(file.gzipBytes))} KB`)
    .join(', ');

/** Imports of the largest accepted files (bench/measures/import.ts), against their floor. */
export function importTable(rows: readonly ImportRow[], isSmoke: boolean): string {
  const title = isSmoke
    ? 'import at a tenth of the limits (smoke)'
    : 'import at the limits (file chosen → listed; floor: JSON.parse of the same features)';
  return table(title, BUDGET_HEADER, importTableRows(rows, verdictIn(isSmoke)));
}
