/**
 * The headless browser every measure drives: launched with no network but
 * localhost, contexts that record (or abort) anything else, and a probe
 * installed before any page script that notes when the map went idle and
 * every long task.
 */
import { chromium, type Browser, type Page } from '@playwright/test';

const VIEWPORT = { width: 1400, height: 860 };

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

/** One resource the page fetched: its URL and its body on the wire (gzip), in bytes. */
export interface NetworkEntry {
  url: string;
  bodyBytes: number;
}

/** What the probe (and the pan-frame recorder) leave on the page's window. */
export interface BenchWindow {
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

/** Launches headless Chromium whose resolver knows only localhost. */
export function launchBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({
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
}

/** A fresh context (cold cache) with the probe; `outside` collects non-localhost request URLs. */
export async function newContext(browser: Browser, options: { guard: 'route' | 'observe' }) {
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

/** Waits until the map is idle; returns when that was, in ms after navigation start. */
export async function waitForReady(page: Page, timeout = 180_000): Promise<number> {
  await page.waitForFunction(
    () => (window as unknown as BenchWindow).__bench?.readyAt !== null,
    null,
    { timeout, polling: 50 },
  );
  return page.evaluate(() => (window as unknown as BenchWindow).__bench.readyAt!);
}

/** Runs `measure` on `url` once its map is idle + 500 ms, offline; `outside` lists aborted URLs. */
export async function onSettledPage<Result extends object>(
  browser: Browser,
  url: string,
  measure: (page: Page) => Promise<Result>,
): Promise<Result & { outside: string[] }> {
  // The settled sessions (app interactions, floor language) share this opening, so their
  // first measures start from the same state.
  const { context, outside } = await newContext(browser, { guard: 'route' });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await waitForReady(page);
    await page.waitForTimeout(500);
    return { ...(await measure(page)), outside };
  } finally {
    await context.close();
  }
}
