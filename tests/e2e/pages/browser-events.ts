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
