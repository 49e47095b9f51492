/**
 * Scale: the app loaded with synthetic enterprise points or polygons
 * (?bench-data=), timed to ready, its heap weighed, and once per size its
 * search index, keystrokes, pan frames and long tasks after ready.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { BUDGET } from '../budget';
import { newContext, waitForReady, type BenchWindow } from '../browser';
import { log, round } from '../format';
import { pointsFile, polygonsFile } from '../generate-scale';
import { median, p95 } from '../stats';
import { panFrames } from './frames';
import { openSearch, typeQueries } from './interactions';

/** One synthetic data size: times in ms, heap in MB (MiB). */
export interface ScaleRow {
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

type LongTask = BenchWindow['__bench']['longTasks'][number];

/** JS heap in use after a forced garbage collection, in bytes. */
async function heapBytes(context: BrowserContext, page: Page): Promise<number> {
  const session = await context.newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  await session.detach();
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

const longest = (tasks: readonly LongTask[]) => Math.max(0, ...tasks.map((task) => task.duration));
const overBudget = (tasks: readonly LongTask[]) =>
  tasks.filter((task) => task.duration > BUDGET.longTaskMs).length;

/** Index build, keystrokes, pan frames and long tasks once the page is ready at `readyAt` ms. */
async function measureLoadedPage(page: Page, row: ScaleRow, readyAt: number, isSmoke: boolean) {
  await openSearch(page, 180_000);
  const built = await page.evaluate(() => {
    const entry = performance.getEntriesByName('lishui:search-index', 'measure')[0] as
      PerformanceMeasure | undefined;
    return entry
      ? { ms: entry.duration, entries: (entry.detail as { entries: number }).entries }
      : null;
  });
  // An index without the synthetic firms would time the wrong thing: refuse it.
  if (!built || (row.kind === 'points' && built.entries < row.size))
    throw new Error(`${row.label}: the search index holds ${built?.entries ?? 0} entries`);
  row.indexBuildMs = built.ms;
  const keystrokes = await typeQueries(
    page,
    isSmoke ? ['lishui'] : ['lishui', '丽水华', 'jixie', '缙云'],
  );
  row.keystrokeP95Ms = p95(keystrokes);
  await page.keyboard.press('Escape');
  const panStart = await page.evaluate(() => performance.now());
  const frames = await panFrames(page, isSmoke);
  row.frameP95Ms = p95(frames);
  row.frameMedianMs = median(frames);
  const longTasks = await page.evaluate(
    (ready) =>
      (window as unknown as BenchWindow).__bench.longTasks.filter((task) => task.start > ready),
    readyAt,
  );
  const beforePan = longTasks.filter((task) => task.start < panStart);
  row.longestTaskAfterReadyMs = longest(longTasks);
  row.longTasksOver200 = overBudget(longTasks);
  row.longestBeforePanMs = longest(beforePan);
  row.longTasksOver200BeforePan = overBudget(beforePan);
}

/** `runs` cold loads of one synthetic size; the row's times in ms, heap in MB. */
export async function measureScale(
  browser: Browser,
  origin: string,
  kind: 'points' | 'polygons',
  size: number,
  options: { runs: number; isSmoke: boolean },
): Promise<ScaleRow> {
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
  for (let index = 0; index < options.runs; index += 1) {
    const { context } = await newContext(browser, { guard: 'route' });
    try {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'commit' });
      const readyAt = await waitForReady(page);
      row.readyMs.push(readyAt);
      row.heapMb.push((await heapBytes(context, page)) / 1024 / 1024);
      // Interactions once per size, in the last load.
      if (index === options.runs - 1) await measureLoadedPage(page, row, readyAt, options.isSmoke);
    } finally {
      await context.close();
    }
  }
  log(
    `  ${row.label}: ready ${round(median(row.readyMs))} ms, index ${round(row.indexBuildMs)} ms`,
  );
  return row;
}
