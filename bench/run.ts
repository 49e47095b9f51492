/**
 * npm run bench [-- --runs N] [-- --scale] [-- --smoke] [-- --no-build] [-- --import-runs N]
 *
 * Builds the app and the floor page (bench/floor/), serves both with gzip on
 * localhost, drives headless Chromium with no network, prints one table and
 * writes bench/results.json:
 *   1. navigation start → data-map-idle, app vs floor, alternately, each load
 *      in a new browser context (cold cache); medians and the ratio;
 *   2. bytes transferred (gzip) before the map is idle and in the first 5 s,
 *      lazy chunks (the workbook library in exactly one of them), geodata;
 *   3. interaction latency from the app's own User Timing measures, and the
 *      same interactions on the floor page, as ratios app ÷ floor; the WebGL
 *      renderer they ran on (absolute ms budgets count only on a GPU);
 *   4. --scale: synthetic enterprise points (1k, 10k, 100k) and polygons (1k,
 *      5k) loaded through ?bench-data=, with growth exponents;
 *   5. import of the largest files the planner accepts, through its file input
 *      and worker, against JSON.parse of the same features (measures/import.ts).
 * --smoke: smallest size, two loads each, no budget verdicts that fail; it
 * exits non-zero only when the benchmark cannot run.
 *
 * This file reads the flags, runs the measures (bench/measures/) in order and
 * writes the results; bench/report.ts turns them into text.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../scripts/browser-path.mjs';
import { launchBrowser, onSettledPage } from './browser';
import { BUDGET } from './budget';
import { log, round } from './format';
import { ensureScaleData, POINT_SIZES, POLYGON_SIZES, SCALE_DIR } from './generate-scale';
import { jsBytesAtReady, measureBytes, workbookLibraryChunk } from './measures/bytes';
import { measureFirstSeconds } from './measures/first-seconds';
import { measureFloorInteractions } from './measures/floor';
import { measureImports } from './measures/import';
import { measureInteractions } from './measures/interactions';
import { measurePortable } from './measures/portable';
import { readRenderer } from './measures/renderer';
import { measureReady } from './measures/ready';
import { measureScale, type ScaleRow } from './measures/scale';
import {
  benchTitle,
  floorRatios,
  importTable,
  largestFiles,
  mainTable,
  scaleTable,
} from './report';
import { startServer } from './server';
import { median } from './stats';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FLOOR_DIR = path.join(root, '.cache', 'bench', 'floor');
const DIST_DIR = path.join(root, 'dist');
const PORTABLE_FILE = path.join(root, 'dist-portable', 'lishui-briefing.html');

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
const importRuns = isSmoke ? 1 : numberOption('import-runs', 3);
const pointSizes: readonly number[] = isSmoke ? [1_000] : POINT_SIZES;
const polygonSizes: readonly number[] = isSmoke ? [] : POLYGON_SIZES;
/** Language switches timed in the app, and again on the floor page. */
const LANGUAGE_SWITCHES = isSmoke ? 2 : 10;
/** Map clicks timed in the app, and again on the floor page. */
const CLICKS = isSmoke ? 3 : 20;

// ---------- build ----------
function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`${command} ${args.join(' ')} failed`);
  }
}

/** The production build measured here must not carry the e2e probe of the live map. */
function assertNoDebugHandle(distDir: string): void {
  const assets = path.join(distDir, 'assets');
  const leaking = readdirSync(assets).filter(
    (name) =>
      name.endsWith('.js') && readFileSync(path.join(assets, name), 'utf8').includes('__lishuiMap'),
  );
  if (leaking.length > 0)
    throw new Error(`the production build ships the debug handle (${leaking.join(', ')})`);
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
    assertNoDebugHandle(DIST_DIR);
    run('npx', ['vite', 'build', '--mode', 'portable', '--logLevel', 'warn']);
  }
  const portable = measurePortable(PORTABLE_FILE);
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
    const workbookChunk = workbookLibraryChunk(DIST_DIR);
    // The floor's JS: what MapLibre alone (main thread + worker) and the style builders cost.
    const floorJsBytes = jsBytesAtReady(ready.floorNetwork);
    log(`bytes in the first ${BUDGET.firstSecondsMs / 1000} s of one cold load …`);
    const firstSeconds = await measureFirstSeconds(browser, origin, BUDGET.firstSecondsMs);
    log('interactions, app then floor …');
    const interactionOptions = {
      clickCount: CLICKS,
      languageSwitches: LANGUAGE_SWITCHES,
      isSmoke,
    };
    const interactions = await measureInteractions(browser, origin, interactionOptions);
    const floorInteractions = await measureFloorInteractions(browser, origin, interactionOptions);
    const renderer = await onSettledPage(browser, `${origin}/floor/`, readRenderer);

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
      scaleText = scaleTable(scaleRows, appMedianMs, isSmoke, renderer.isSoftware);
    }

    log(`import at ${isSmoke ? 'a tenth of ' : ''}the limits, ${importRuns} run(s) each …`);
    const importRows = await measureImports(browser, origin, { runs: importRuns, isSmoke });
    const importText = importTable(importRows, isSmoke);

    const title = benchTitle({
      isSmoke,
      isScale,
      runs,
      chromium: browser.version(),
      renderer,
    });
    const mainText = mainTable(
      title,
      {
        ready: readySummary,
        bytes,
        floorJsBytes,
        firstSeconds,
        workbookChunk,
        interactions,
        portable,
        floor: floorInteractions,
        renderer,
      },
      isSmoke,
    );
    const output = [mainText, importText, scaleText].filter(Boolean).join('\n\n');
    console.log(output);
    const outside = [
      ...ready.outside,
      ...firstSeconds.outside,
      ...interactions.outside,
      ...floorInteractions.outside,
      ...renderer.outside,
    ];
    if (outside.length > 0)
      console.log(`\nrequests outside localhost (blocked): ${outside.length}`);
    console.log(`\nlargest initial JS (gzip): ${largestFiles(bytes.initialJs)}`);
    console.log(
      `JS in the first ${BUDGET.firstSecondsMs / 1000} s (gzip): ${largestFiles(firstSeconds.js)}`,
    );
    const fetchedAtIdle = firstSeconds.afterIdleJs.filter(
      (file) => !firstSeconds.js.some((early) => early.name === file.name),
    );
    if (fetchedAtIdle.length > 0)
      console.log(
        `JS fetched after the first window, by idle + 5 s: ${largestFiles(fetchedAtIdle)}`,
      );
    console.log(`default geodata (gzip): ${largestFiles(bytes.geodata)}`);
    if (interactions.clickMisses > 0 || floorInteractions.clickMisses > 0)
      console.log(
        `clicks that selected nothing: app ${interactions.clickMisses}, floor ${floorInteractions.clickMisses}`,
      );

    writeFileSync(
      path.join(root, 'bench', 'results.json'),
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          mode: isSmoke ? 'smoke' : isScale ? 'scale' : 'default',
          chromium: browser.version(),
          renderer: { name: renderer.name, isSoftware: renderer.isSoftware },
          runs,
          budgets: BUDGET,
          ready: { appMs: ready.app, floorMs: ready.floor, ...readySummary },
          bytes,
          workbookChunk,
          firstSeconds: {
            windowMs: firstSeconds.windowMs,
            jsBytes: firstSeconds.jsBytes,
            allBytes: firstSeconds.allBytes,
            js: firstSeconds.js,
            readyMs: firstSeconds.readyMs,
            jsBytesByIdlePlusWindow: firstSeconds.jsBytesByIdlePlusWindow,
            afterIdleJs: firstSeconds.afterIdleJs,
            serviceWorker: firstSeconds.serviceWorker,
          },
          interactions,
          portable,
          floorInteractions: {
            detail: floorInteractions.detail,
            search: floorInteractions.search,
            language: floorInteractions.language,
            frames: floorInteractions.frames,
            clickMisses: floorInteractions.clickMisses,
          },
          ratiosToFloor: floorRatios(interactions, floorInteractions),
          scale: scaleRows,
          imports: importRows,
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

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
