import type { Page } from '@playwright/test';

/**
 * Makes the header's tools reachable: on a window too narrow for them in one
 * row they sit in the tools menu, which this opens (a user's first click).
 */
export async function revealHeaderTools(page: Page): Promise<void> {
  const menuButton = page.getByTestId('header-menu-button');
  if (!(await menuButton.isVisible())) return;
  if ((await menuButton.getAttribute('aria-expanded')) !== 'true') await menuButton.click();
}
