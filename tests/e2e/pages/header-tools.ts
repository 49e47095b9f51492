import type { Locator, Page } from '@playwright/test';

/**
 * Makes the header's tools reachable: on a window too narrow for them in one
 * row they sit in the tools menu, which this opens (a user's first click).
 */
export async function revealHeaderTools(page: Page): Promise<void> {
  const menuButton = page.getByTestId('header-menu-button');
  if (!(await menuButton.isVisible())) return;
  if ((await menuButton.getAttribute('aria-expanded')) !== 'true') await menuButton.click();
}

/**
 * Focuses a header tool as a keyboard user reaches it: through the tools menu
 * (Enter on its button) when the tools sit there. Returns the control focus
 * should come back to when what the tool opens closes: the tool itself, or the
 * menu button, as the menu has closed by then.
 */
export async function focusHeaderTool(page: Page, testId: string): Promise<Locator> {
  const menuButton = page.getByTestId('header-menu-button');
  const tool = page.getByTestId(testId);
  if (!(await menuButton.isVisible())) {
    await tool.focus();
    return tool;
  }
  await menuButton.focus();
  await page.keyboard.press('Enter');
  await tool.focus();
  return menuButton;
}
