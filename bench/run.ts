/**
 * npm run bench [-- --runs N] [-- --scale] [-- --smoke] [-- --no-build]
 *
 * Builds the app and the floor page (bench/floor/), serves both with gzip on
 * localhost, drives headless Chromium with no network, prints one table and
 * writes bench/results.json:
 *   1. navigation start → data-map-idle, app vs floor, alternately, each load
 *      in a new browser context (cold cache); medians and the ratio;
 *   2. bytes transferred (gzip) before the map is idle, lazy chunks, geodata;
 *   3. interaction latency from the app's own User Timing measures;
 *   4. --scale: synthetic enterprise points (1k, 10k, 100k) and polygons (1k,
 *      5k) loaded through ?bench-data=, with growth exponents.
 * --smoke: smallest size, two loads each, no budget verdicts that fail; it
 * exits non-zero only when the benchmark cannot run.
 *
 * This file reads the flags, runs the measures (bench/measures/) in order and
 * writes the results.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../scripts/browser-path.mjs';
import { launchBrowser } from './browser';
import { BUDGET } from './budget';
import { kb, log, ms, round } from './format';
import { ensureScaleData, POINT_SIZES, POLYGON_SIZES, SCALE_DIR } from './generate-scale';
import { jsBytesAtReady, measureBytes, type FileSize } from './measures/bytes';
import { measureFloorLanguage } from './measures/floor';
import { measureInteractions } from './measures/interactions';
import { measureReady } from './measures/ready';
import { measureScale, type ScaleRow } from './measures/scale';
import { startServer } from './server';
import { growthExponent, growthVerdict, median, p95 } from './stats';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FLOOR_DIR = path.join(root, '.cache', 'bench', 'floor');
const DIST_DIR = path.join(root, 'dist');

// ---------- options ----------
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const numberOption = (name: string, fallback: number) => {
  const index = argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(argv[index + 1]) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
};
const isSmoke = flag('smoke');
const isScale = flag('scale') || isSmoke;
const runs = isSmoke ? 2 : numberOption('runs', 10);
const scaleRuns = isSmoke ? 1 : numberOption('scale-runs', 3);
const pointSizes: readonly number[] = isSmoke ? [1_000] : POINT_SIZES;
const polygonSizes: readonly number[] = isSmoke ? [] : POLYGON_SIZES;
/** Language switches timed in the app, and again on the floor page. */
const LANGUAGE_SWITCHES = isSmoke ? 2 : 10;

// ---------- build ----------
function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`${command} ${args.join(' ')} failed`);
  }
}

// ---------- main ----------
async function main() {
  const started = performance.now();
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error(
      'No Chromium found (see scripts/browser-path.mjs); run node scripts/ensure-browser.mjs',
    );
  if (!flag('no-build')) {
    log('building app (vite build) and floor (bench/floor) …');
    run('npx', ['vite', 'build', '--logLevel', 'warn']);
    run('npx', ['vite', 'build', '--config', 'bench/floor/vite.config.ts']);
  }
  if (isScale) {
    log('generating synthetic scale data in bench/.scale/ …');
    ensureScaleData(pointSizes, polygonSizes);
  }
  const { server, origin } = await startServer({
    app: DIST_DIR,
    floor: FLOOR_DIR,
    benchData: SCALE_DIR,
  });
  const browser = await launchBrowser(executablePath);
  try {
    log(`time to ready: ${runs} cold loads each of the app and the floor …`);
    const ready = await measureReady(browser, origin, runs);
    const bytes = measureBytes(ready.network, DIST_DIR);
    // The floor's JS: what MapLibre alone (main thread + worker) and the style builders cost.
    const floorJsBytes = jsBytesAtReady(ready.floorNetwork);
    log('interactions …');
    const interactions = await measureInteractions(browser, origin, {
      clickCount: isSmoke ? 3 : 20,
      languageSwitches: LANGUAGE_SWITCHES,
      isSmoke,
    });
    const floorLanguage = await measureFloorLanguage(browser, origin, LANGUAGE_SWITCHES);

    const appMedianMs = median(ready.app);
    const floorMedianMs = median(ready.floor);
    const readySummary = { appMedianMs, floorMedianMs, ratio: appMedianMs / floorMedianMs };

    const scaleRows: ScaleRow[] = [];
    let scaleText = '';
    if (isScale) {
      log(
        `scale: ${pointSizes.map((size) => `${size / 1000}k`).join(', ')} points; ${polygonSizes.map((size) => `${size / 1000}k`).join(', ') || 'no'} polygons …`,
      );
      const options = { runs: scaleRuns, isSmoke };
      for (const size of pointSizes)
        scaleRows.push(await measureScale(browser, origin, 'points', size, options));
      for (const size of polygonSizes)
        scaleRows.push(await measureScale(browser, origin, 'polygons', size, options));
      scaleText = scaleTable(scaleRows, appMedianMs, isSmoke);
    }

    const title = benchTitle({ isSmoke, isScale, runs, chromium: browser.version() });
    const mainText = mainTable(
      title,
      {
        ready: readySummary,
        bytes,
        floorJsBytes,
        interactions,
        floorLanguageMs: floorLanguage.durations,
      },
      isSmoke,
    );
    const output = [mainText, scaleText].filter(Boolean).join('\n\n');
    console.log(output);
    const outside = [...ready.outside, ...interactions.outside, ...floorLanguage.outside];
    if (outside.length > 0)
      console.log(`\nrequests outside localhost (blocked): ${outside.length}`);
    console.log(`\nlargest initial JS (gzip): ${largestFiles(bytes.initialJs)}`);
    console.log(`default geodata (gzip): ${largestFiles(bytes.geodata)}`);
    if (interactions.clickMisses > 0)
      console.log(`clicks that selected nothing: ${interactions.clickMisses}`);

    writeFileSync(
      path.join(root, 'bench', 'results.json'),
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          mode: isSmoke ? 'smoke' : isScale ? 'scale' : 'default',
          chromium: browser.version(),
          runs,
          budgets: BUDGET,
          ready: { appMs: ready.app, floorMs: ready.floor, ...readySummary },
          bytes,
          interactions,
          floorLanguageMs: floorLanguage.durations,
          scale: scaleRows,
          table: output,
          durationSeconds: round((performance.now() - started) / 1000, 1),
        },
        null,
        2,
      )}\n`,
    );
    log(`wrote bench/results.json in ${round((performance.now() - started) / 1000, 1)} s`);
  } finally {
    await browser.close();
    server.close();
  }
}

// ---------- report ----------
type Verdict = (isMet: boolean) => string;
const verdictIn =
  (isSmoke: boolean): Verdict =>
  (isMet) =>
    isSmoke ? '(smoke)' : isMet ? 'ok' : 'MISS';

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

/** The first line of the output: mode, sample count, browser, time (UTC, to the minute). */
function benchTitle(options: {
  isSmoke: boolean;
  isScale: boolean;
  runs: number;
  chromium: string;
}): string {
  const mode = options.isSmoke ? ' -- --smoke' : options.isScale ? ' -- --scale' : '';
  return `npm run bench${mode} · ${options.runs} cold loads each · Chromium ${options.chromium} (headless, SwiftShader WebGL) · ${new Date().toISOString().slice(0, 16)}Z`;
}

/** What the main table reads; times in ms, bytes in bytes. */
interface MainResults {
  ready: { appMedianMs: number; floorMedianMs: number; ratio: number };
  bytes: ReturnType<typeof measureBytes>;
  floorJsBytes: number;
  interactions: Awaited<ReturnType<typeof measureInteractions>>;
  floorLanguageMs: readonly number[];
}

/** The main table: time to ready, bytes and interactions against their budgets. */
function mainTable(title: string, results: MainResults, isSmoke: boolean): string {
  const verdict = verdictIn(isSmoke);
  const { bytes, interactions } = results;
  const { ratio } = results.ready;
  const detailP95 = p95(interactions.detail);
  const searchP95 = p95(interactions.search);
  const languageP95 = p95(interactions.language);
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
    ['initial CSS (gzip)', `${round(kb(bytes.initialCssBytes), 1)} KB`, '', ''],
    [
      'lazy JS chunks (gzip, not loaded)',
      `${round(kb(bytes.lazyJsBytes))} KB in ${bytes.lazy.length}`,
      '',
      '',
    ],
    [
      'default geodata (gzip)',
      `${round(kb(bytes.geodataBytes))} KB`,
      `≤ ${BUDGET.geodataKb} KB`,
      verdict(kb(bytes.geodataBytes) <= BUDGET.geodataKb),
    ],
    [
      `click → detail painted (p95, n=${interactions.detail.length})`,
      ms(detailP95),
      `≤ ${BUDGET.interactionP95Ms} ms`,
      verdict(detailP95 <= BUDGET.interactionP95Ms),
    ],
    ['  of which React commit (p95)', ms(p95(interactions.detailCommit)), '', ''],
    ['  map frame while panning (median)', ms(median(interactions.frames)), '', ''],
    [
      `keystroke → results painted (p95, n=${interactions.search.length})`,
      ms(searchP95),
      `≤ ${BUDGET.interactionP95Ms} ms`,
      verdict(searchP95 <= BUDGET.interactionP95Ms),
    ],
    [
      `language → labels redrawn (p95, n=${interactions.language.length})`,
      ms(languageP95),
      `≤ ${BUDGET.interactionP95Ms} ms`,
      verdict(languageP95 <= BUDGET.interactionP95Ms),
    ],
    ['  floor page (bare MapLibre, same style), p95', ms(p95(results.floorLanguageMs)), '', ''],
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
function scaleBudgetTable(largest: ScaleRow, defaultReadyMs: number, verdict: Verdict): string {
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
      verdict(largest.keystrokeP95Ms <= BUDGET.interactionP95Ms),
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
function scaleTable(rows: ScaleRow[], defaultReadyMs: number, isSmoke: boolean): string {
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
  if (largest) sections.push(scaleBudgetTable(largest, defaultReadyMs, verdictIn(isSmoke)));
  return sections.join('\n\n');
}

/** The five largest files, `name 12 KB` (gzip, KiB), comma-separated. */
const largestFiles = (files: readonly FileSize[]) =>
  files
    .slice(0, 5)
    .map((file) => `${file.name} ${round(kb(file.gzipBytes))} KB`)
    .join(', ');

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
