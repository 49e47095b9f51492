import type { Download, Locator, Page } from '@playwright/test';

/** Clicks what starts a download and returns the download. */
export async function downloadFrom(page: Page, trigger: Locator): Promise<Download> {
  const download = page.waitForEvent('download');
  await trigger.click();
  return download;
}

/** Clicks what opens a new window and returns that window's page. */
export async function popupFrom(page: Page, trigger: Locator): Promise<Page> {
  const [popup] = await Promise.all([page.waitForEvent('popup'), trigger.click()]);
  return popup;
}

/**
 * Records the file name of every script the page (and its workers) requests
 * from now on, e.g. `PlannerRoot-2ODEH3-f.js`; read the returned array later.
 */
export function recordScriptRequests(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    const pathname = new URL(request.url()).pathname;
    if (/\.m?js$/.test(pathname)) names.push(pathname.slice(pathname.lastIndexOf('/') + 1));
  });
  return names;
}
