import type { Locator } from '@playwright/test';

/**
 * Whether something else is drawn over the middle of an element: what a user
 * pointing there would hit is neither the element nor inside it.
 */
export function isCovered(target: Locator): Promise<boolean> {
  return target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return top !== element && !element.contains(top);
  });
}
