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
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { findChromium } from '../scripts/browser-path.mjs';
import {
  ensureScaleData,
  POINT_SIZES,
  POLYGON_SIZES,
  pointsFile,
  polygonsFile,
  SCALE_DIR,
} from './generate-scale';
import type { FloorWindow } from './floor/floor';
import { gzipSize, startServer } from './server';
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

const BUDGET = {
  readyRatio: 1.25,
  initialJsKb: 350,
  geodataKb: 300,
  interactionP95Ms: 50,
  scaleReadyFactor: 3,
  longTaskMs: 200,
};

const VIEWPORT = { width: 1400, height: 860 };
const log = (message: string) => process.stderr.write(`${message}\n`);
const kb = (bytes: number) => bytes / 1024;
const round = (value: number, digits = 0) =>
  Number.isFinite(value) ? Number(value.toFixed(digits)) : Number.NaN;

// ---------- build ----------
function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`${command} ${args.join(' ')} failed`);
  }
}

// ---------- page probes ----------
/** Installed before any page script: when the map went idle, and every long task. */
const PROBE = `
  window.__bench = { readyAt: null, longTasks: [] };
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const check = () => {
    const map = document.querySelector('[data-testid="map"]');
    if (window.__bench.readyAt === null && map && map.getAttribute('data-map-idle') === 'true') {
      window.__bench.readyAt = performance.now();
      // Resources complete when the map went idle: what the first view needed.
      // encodedBodySize: bytes on the wire (gzip) without headers; the worker script is here too.
      window.__bench.resourcesAtReady = performance
        .getEntriesByType('resource')
        .map((entry) => ({ url: entry.name, bodyBytes: entry.encodedBodySize }));
    }
  };
  new MutationObserver(check).observe(document, {
    subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-idle'],
  });
`;

interface BenchWindow {
  __bench: {
    readyAt: number | null;
    longTasks: Array<{ start: number; duration: number }>;
    resourcesAtReady: NetworkEntry[];
  };
  __frames?: number[];
  __framesStop?: boolean;
}

const isLocal = (url: string) => {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:') return true;
    return hostname === '127.0.0.1' || hostname === 'localhost';
  } catch {
    return false;
  }
};

interface NetworkEntry {
  url: string;
  bodyBytes: number;
}

async function newContext(browser: Browser, options: { guard: 'route' | 'observe' }) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
  const outside: string[] = [];
  if (options.guard === 'route') {
    // Abort anything that is not this server (the app must work offline).
    await context.route(
      (url) => !isLocal(url.href),
      (route) => {
        outside.push(route.request().url());
        return route.abort();
      },
    );
  } else {
    // Timed loads are not intercepted (interception adds latency per request); the
    // browser's resolver already refuses every host but localhost, and this records tries.
    context.on('request', (request) => {
      if (!isLocal(request.url())) outside.push(request.url());
    });
  }
  await context.addInitScript(PROBE);
  return { context, outside };
}

async function waitForReady(page: Page, timeout = 180_000): Promise<number> {
  await page.waitForFunction(
    () => (window as unknown as BenchWindow).__bench?.readyAt !== null,
    null,
    { timeout, polling: 50 },
  );
  return page.evaluate(() => (window as unknown as BenchWindow).__bench.readyAt!);
}

/** One cold load (new context); returns ms from navigation start to data-map-idle. */
async function timedLoad(
  browser: Browser,
  url: string,
  network?: NetworkEntry[],
): Promise<{ readyMs: number; outside: string[] }> {
  const { context, outside } = await newContext(browser, { guard: 'observe' });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const readyMs = await waitForReady(page);
    if (network)
      network.push(
        ...(await page.evaluate(() => (window as unknown as BenchWindow).__bench.resourcesAtReady)),
      );
    return { readyMs, outside };
  } finally {
    await context.close();
  }
}

// ---------- 1. time to ready ----------
async function measureReady(browser: Browser, origin: string) {
  const app: number[] = [];
  const floor: number[] = [];
  const outside: string[] = [];
  const network: NetworkEntry[] = [];
  const floorNetwork: NetworkEntry[] = [];
  for (let index = 0; index < runs; index += 1) {
    // Alternate which goes first, so neither always gets the warmer machine.
    const order = index % 2 === 0 ? (['app', 'floor'] as const) : (['floor', 'app'] as const);
    for (const which of order) {
      const isFirst = (which === 'app' ? app : floor).length === 0;
      const result = await timedLoad(
        browser,
        which === 'app' ? `${origin}/` : `${origin}/floor/`,
        isFirst ? (which === 'app' ? network : floorNetwork) : undefined,
      );
      (which === 'app' ? app : floor).push(result.readyMs);
      outside.push(...result.outside);
    }
    log(
      `  load ${index + 1}/${runs}: app ${round(app.at(-1)!)} ms, floor ${round(floor.at(-1)!)} ms`,
    );
  }
  return { app, floor, outside, network, floorNetwork };
}

// ---------- 2. bytes ----------
/** `initial`: every resource complete when the map went idle (the page's resource timing). */
function measureBytes(initial: NetworkEntry[]) {
  const kindOf = (url: string) => {
    const pathname = new URL(url).pathname;
    if (/\.(m?js)$/.test(pathname)) return 'js';
    if (pathname.endsWith('.css')) return 'css';
    if (/\.(geo)?json$/.test(pathname)) return 'geodata';
    return 'other';
  };
  const sum = (kind: string, entries = initial) =>
    entries
      .filter((entry) => kindOf(entry.url) === kind)
      .reduce((total, entry) => total + entry.bodyBytes, 0);
  const initialNames = new Set(
    initial
      .filter((entry) => kindOf(entry.url) === 'js')
      .map((entry) => path.basename(new URL(entry.url).pathname)),
  );
  const assets = path.join(DIST_DIR, 'assets');
  const lazy = readdirSync(assets)
    .filter((name) => /\.m?js$/.test(name) && !initialNames.has(name))
    .map((name) => ({ name, gzipBytes: gzipSize(readFileSync(path.join(assets, name))) }))
    .sort((left, right) => right.gzipBytes - left.gzipBytes);
  const initialJs = initial
    .filter((entry) => kindOf(entry.url) === 'js')
    .map((entry) => ({
      name: path.basename(new URL(entry.url).pathname),
      gzipBytes: entry.bodyBytes,
    }))
    .sort((left, right) => right.gzipBytes - left.gzipBytes);
  const geodata = initial
    .filter((entry) => kindOf(entry.url) === 'geodata')
    .map((entry) => ({
      name: path.basename(new URL(entry.url).pathname),
      gzipBytes: entry.bodyBytes,
    }))
    .sort((left, right) => right.gzipBytes - left.gzipBytes);
  return {
    initialJsBytes: sum('js'),
    initialCssBytes: sum('css'),
    geodataBytes: sum('geodata'),
    lazyJsBytes: lazy.reduce((total, chunk) => total + chunk.gzipBytes, 0),
    initialJs,
    geodata,
    lazy,
  };
}

// ---------- 3. interactions ----------
async function measures(page: Page, name: string): Promise<number[]> {
  return page.evaluate(
    (measureName) =>
      performance.getEntriesByName(measureName, 'measure').map((entry) => entry.duration),
    name,
  );
}

async function waitForMoreMeasures(page: Page, name: string, count: number, timeout: number) {
  try {
    await page.waitForFunction(
      ([measureName, previous]) =>
        performance.getEntriesByName(measureName as string, 'measure').length >
        (previous as number),
      [name, count] as const,
      { timeout, polling: 16 },
    );
    return true;
  } catch {
    return false;
  }
}

async function typeQueries(page: Page, queries: readonly string[]) {
  const input = page.getByTestId('search-input');
  await input.click();
  for (const query of queries) {
    for (const character of query) {
      const before = (await measures(page, 'lishui:search')).length;
      await page.keyboard.type(character);
      await waitForMoreMeasures(page, 'lishui:search', before, 5_000);
      await page.waitForTimeout(40);
    }
    await input.fill('');
    await page.waitForTimeout(100);
  }
  return measures(page, 'lishui:search');
}

const SEARCH_QUERIES = ['bihu', '碧湖新城', 'jinyun', 'ldq', 'lishui', '半导体', 'xianju'];

/** Language switches on the floor page: bare MapLibre, same style, no app around it. */
async function measureFloorLanguage(browser: Browser, origin: string, switches: number) {
  const { context, outside } = await newContext(browser, { guard: 'route' });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/floor/`);
    await waitForReady(page);
    await page.waitForTimeout(500);
    const durations: number[] = [];
    for (let index = 0; index < switches; index += 1) {
      durations.push(
        await page.evaluate(() => (window as unknown as FloorWindow).__floorSwitchLanguage()),
      );
      await page.waitForTimeout(200);
    }
    return { durations, outside };
  } finally {
    await context.close();
  }
}

async function measureInteractions(browser: Browser, origin: string, clickCount: number) {
  const { context, outside } = await newContext(browser, { guard: 'route' });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await waitForReady(page);
    await page.waitForTimeout(500);

    // Click → detail panel painted, at spread points over the middle of the map.
    const box = (await page.getByTestId('map').boundingBox())!;
    let clickMisses = 0;
    for (let index = 0; index < clickCount; index += 1) {
      const x = box.x + box.width * (0.35 + (0.3 * ((index * 7) % 10)) / 10);
      const y = box.y + box.height * (0.3 + (0.4 * ((index * 3) % 10)) / 10);
      const before = (await measures(page, 'lishui:detail')).length;
      await page.mouse.click(x, y);
      if (!(await waitForMoreMeasures(page, 'lishui:detail', before, 3_000))) clickMisses += 1;
      await page.waitForTimeout(150);
    }
    const detail = await measures(page, 'lishui:detail');
    const detailCommit = await measures(page, 'lishui:detail:commit');
    await page.keyboard.press('Escape');

    // Keystroke → results painted (the index is built first, on focus).
    await page.getByTestId('search-input').click();
    await page.waitForSelector('[data-testid="search-input"][data-index-ready="true"]', {
      timeout: 60_000,
    });
    const search = await typeQueries(page, isSmoke ? SEARCH_QUERIES.slice(0, 2) : SEARCH_QUERIES);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');

    // Language switch → map labels redrawn (next map idle).
    for (let index = 0; index < LANGUAGE_SWITCHES; index += 1) {
      const before = (await measures(page, 'lishui:language')).length;
      await page.getByTestId('lang-switch').click();
      await waitForMoreMeasures(page, 'lishui:language', before, 15_000);
      await page.waitForTimeout(200);
    }
    const language = await measures(page, 'lishui:language');
    // What a map frame costs while panning here. In software WebGL moving frames are
    // drawn at half resolution (YieldingMap.setMotionResolution), so a resting frame,
    // the kind a click or a language switch waits for, costs about twice as much.
    const frames = await panFrames(page);
    return { detail, detailCommit, search, language, frames, clickMisses, outside };
  } finally {
    await context.close();
  }
}

// ---------- 4. scale ----------
async function heapBytes(context: BrowserContext, page: Page): Promise<number> {
  const session = await context.newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  await session.detach();
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

async function panFrames(page: Page): Promise<number[]> {
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__framesStop = false;
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (!window.__framesStop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const box = (await page.getByTestId('map').boundingBox())!;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  // Each pointer move waits for a frame; few moves keep the smoke run short.
  for (const direction of isSmoke ? [1] : [1, -1, 1, -1]) {
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.down();
    await page.mouse.move(centre.x - direction * 250, centre.y - direction * 120, {
      steps: isSmoke ? 8 : 20,
    });
    await page.mouse.up();
    await page.waitForTimeout(150);
  }
  return page.evaluate(() => {
    const target = window as unknown as BenchWindow;
    target.__framesStop = true;
    return target.__frames!.slice(1);
  });
}

interface ScaleRow {
  label: string;
  kind: 'points' | 'polygons';
  size: number;
  readyMs: number[];
  heapMb: number[];
  indexBuildMs: number;
  keystrokeP95Ms: number;
  frameP95Ms: number;
  frameMedianMs: number;
  longestTaskAfterReadyMs: number;
  longTasksOver200: number;
  /** The same, split at the start of the scripted drag: index build and typing, then panning. */
  longestBeforePanMs: number;
  longTasksOver200BeforePan: number;
}

async function measureScale(
  browser: Browser,
  origin: string,
  kind: 'points' | 'polygons',
  size: number,
) {
  const file = kind === 'points' ? pointsFile(size) : polygonsFile(size);
  const url = `${origin}/?bench-data=/bench-data/${file}`;
  const row: ScaleRow = {
    label: `${size / 1000}k ${kind}`,
    kind,
    size,
    readyMs: [],
    heapMb: [],
    indexBuildMs: Number.NaN,
    keystrokeP95Ms: Number.NaN,
    frameP95Ms: Number.NaN,
    frameMedianMs: Number.NaN,
    longestTaskAfterReadyMs: 0,
    longTasksOver200: 0,
    longestBeforePanMs: 0,
    longTasksOver200BeforePan: 0,
  };
  for (let index = 0; index < scaleRuns; index += 1) {
    const { context } = await newContext(browser, { guard: 'route' });
    try {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'commit' });
      const readyAt = await waitForReady(page);
      row.readyMs.push(readyAt);
      row.heapMb.push((await heapBytes(context, page)) / 1024 / 1024);
      if (index < scaleRuns - 1) continue;
      // Interactions once per size, in the last load.
      await page.getByTestId('search-input').click();
      await page.waitForSelector('[data-testid="search-input"][data-index-ready="true"]', {
        timeout: 180_000,
      });
      const built = await page.evaluate(() => {
        const entry = performance.getEntriesByName('lishui:search-index', 'measure')[0] as
          PerformanceMeasure | undefined;
        return entry
          ? { ms: entry.duration, entries: (entry.detail as { entries: number }).entries }
          : null;
      });
      // An index without the synthetic firms would time the wrong thing: refuse it.
      if (!built || (kind === 'points' && built.entries < size))
        throw new Error(`${row.label}: the search index holds ${built?.entries ?? 0} entries`);
      row.indexBuildMs = built.ms;
      const keystrokes = await typeQueries(
        page,
        isSmoke ? ['lishui'] : ['lishui', '丽水华', 'jixie', '缙云'],
      );
      row.keystrokeP95Ms = p95(keystrokes);
      await page.keyboard.press('Escape');
      const panStart = await page.evaluate(() => performance.now());
      const frames = await panFrames(page);
      row.frameP95Ms = p95(frames);
      row.frameMedianMs = median(frames);
      const longTasks = await page.evaluate(
        (ready) =>
          (window as unknown as BenchWindow).__bench.longTasks.filter((task) => task.start > ready),
        readyAt,
      );
      const longest = (tasks: typeof longTasks) =>
        Math.max(0, ...tasks.map((task) => task.duration));
      const over = (tasks: typeof longTasks) =>
        tasks.filter((task) => task.duration > BUDGET.longTaskMs).length;
      const beforePan = longTasks.filter((task) => task.start < panStart);
      row.longestTaskAfterReadyMs = longest(longTasks);
      row.longTasksOver200 = over(longTasks);
      row.longestBeforePanMs = longest(beforePan);
      row.longTasksOver200BeforePan = over(beforePan);
    } finally {
      await context.close();
    }
  }
  log(
    `  ${row.label}: ready ${round(median(row.readyMs))} ms, index ${round(row.indexBuildMs)} ms`,
  );
  return row;
}

// ---------- table ----------
type Row = [string, string, string, string];
function table(title: string, header: Row, rows: Row[]): string {
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

const verdict = (isMet: boolean) => (isSmoke ? '(smoke)' : isMet ? 'ok' : 'MISS');
const ms = (value: number) => (Number.isFinite(value) ? `${round(value)} ms` : 'n/a');

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
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-default-apps',
      '--disable-extensions',
      '--disable-sync',
      '--no-first-run',
      '--metrics-recording-only',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost',
    ],
  });
  try {
    log(`time to ready: ${runs} cold loads each of the app and the floor …`);
    const ready = await measureReady(browser, origin);
    const bytes = measureBytes(ready.network);
    // The floor's JS: what MapLibre alone (main thread + worker) and the style builders cost.
    const floorJsBytes = ready.floorNetwork
      .filter((entry) => /\.m?js$/.test(new URL(entry.url).pathname))
      .reduce((total, entry) => total + entry.bodyBytes, 0);
    log('interactions …');
    const interactions = await measureInteractions(browser, origin, isSmoke ? 3 : 20);
    const floorLanguage = await measureFloorLanguage(browser, origin, LANGUAGE_SWITCHES);

    const appReady = median(ready.app);
    const floorReady = median(ready.floor);
    const ratio = appReady / floorReady;
    const detailP95 = p95(interactions.detail);
    const searchP95 = p95(interactions.search);
    const languageP95 = p95(interactions.language);
    const mainRows: Row[] = [
      ['time to ready, app (median)', ms(appReady), '', ''],
      ['time to ready, floor (median)', ms(floorReady), '', ''],
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
      ['  floor page, for comparison', `${round(kb(floorJsBytes))} KB`, '', ''],
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
      ['  floor page (bare MapLibre, same style), p95', ms(p95(floorLanguage.durations)), '', ''],
    ];

    const scaleRows: ScaleRow[] = [];
    let scaleTable = '';
    if (isScale) {
      log(
        `scale: ${pointSizes.map((size) => `${size / 1000}k`).join(', ')} points; ${polygonSizes.map((size) => `${size / 1000}k`).join(', ') || 'no'} polygons …`,
      );
      for (const size of pointSizes)
        scaleRows.push(await measureScale(browser, origin, 'points', size));
      for (const size of polygonSizes)
        scaleRows.push(await measureScale(browser, origin, 'polygons', size));
      scaleTable = scaleTableOf(scaleRows, appReady);
    }

    const title = `npm run bench${isSmoke ? ' -- --smoke' : isScale ? ' -- --scale' : ''} · ${runs} cold loads each · Chromium ${browser.version()} (headless, SwiftShader WebGL) · ${new Date().toISOString().slice(0, 16)}Z`;
    const output = [table(title, ['measure', 'value', 'budget', 'status'], mainRows), scaleTable]
      .filter(Boolean)
      .join('\n\n');
    console.log(output);
    const outside = [...ready.outside, ...interactions.outside, ...floorLanguage.outside];
    if (outside.length > 0)
      console.log(`\nrequests outside localhost (blocked): ${outside.length}`);
    console.log(
      `\nlargest initial JS (gzip): ${bytes.initialJs
        .slice(0, 5)
        .map((chunk) => `${chunk.name} ${round(kb(chunk.gzipBytes))} KB`)
        .join(', ')}`,
    );
    console.log(
      `default geodata (gzip): ${bytes.geodata
        .slice(0, 5)
        .map((file) => `${file.name} ${round(kb(file.gzipBytes))} KB`)
        .join(', ')}`,
    );
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
          ready: {
            appMs: ready.app,
            floorMs: ready.floor,
            appMedianMs: appReady,
            floorMedianMs: floorReady,
            ratio,
          },
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

function scaleTableOf(rows: ScaleRow[], defaultReadyMs: number): string {
  const points = rows.filter((row) => row.kind === 'points');
  const polygons = rows.filter((row) => row.kind === 'polygons');
  const sections: string[] = [];
  const metrics: Array<[string, (row: ScaleRow) => number, (value: number) => string]> = [
    ['time to ready (median)', (row) => median(row.readyMs), ms],
    ['JS heap after ready (MB)', (row) => median(row.heapMb), (value) => `${round(value, 1)} MB`],
    ['search index build (worker)', (row) => row.indexBuildMs, ms],
    ['keystroke → results (p95)', (row) => row.keystrokeP95Ms, ms],
    ['frame time while panning (p95)', (row) => row.frameP95Ms, ms],
    ['longest task after ready', (row) => row.longestTaskAfterReadyMs, ms],
    ['  of which before panning', (row) => row.longestBeforePanMs, ms],
  ];
  for (const [title, group] of [
    ['Scale: synthetic enterprise points (clustered), growth fitted on log–log', points],
    ['Scale: synthetic polygons', polygons],
  ] as const) {
    if (group.length === 0) continue;
    const header = ['measure', ...group.map((row) => row.label), 'growth k (y ∝ n^k)'];
    const body = metrics.map(([name, pick, format]) => {
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
    const widths = header.map((cell, column) =>
      Math.max([...cell].length, ...body.map((row) => [...row[column]!].length)),
    );
    const line = (row: readonly string[]) =>
      `| ${row.map((cell, column) => cell + ' '.repeat(widths[column]! - [...cell].length)).join(' | ')} |`;
    sections.push(
      [
        title,
        line(header),
        `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
        ...body.map(line),
      ].join('\n'),
    );
  }
  const largest = points.at(-1);
  if (largest) {
    const readyFactor = median(largest.readyMs) / defaultReadyMs;
    sections.push(
      table(
        `Budgets at ${largest.label}`,
        ['measure', 'value', 'budget', 'status'],
        [
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
        ],
      ),
    );
  }
  return sections.join('\n\n');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
