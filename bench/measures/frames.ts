/**
 * Map frame times while the user drags the map: the interactions session and
 * every scale size record them the same way.
 */
import type { Page } from '@playwright/test';
import type { BenchWindow } from '../browser';

/** Drags the map (once when `isSmoke`, four times otherwise); returns each frame's time, in ms. */
export async function panFrames(page: Page, isSmoke: boolean): Promise<number[]> {
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
