import { E2E } from '../env';
import { expect, test } from '../fixtures';

/**
 * Issue 15, a phone at 390 px: the header fits the screen, and the navigation, who is signed
 * in and Sign out are one Menu button away.
 */
test.use({ storageState: E2E.storage.operator, viewport: { width: 390, height: 844 } });

test('on a phone the header fits and its menu opens the navigation, closes on a link and on Escape', async ({ page }) => {
  await page.goto('/invocations');
  await expect(page.getByRole('heading', { name: 'Invocations', level: 1 })).toBeVisible();
  const header = page.getByRole('banner');
  expect(await header.evaluate((element) => element.scrollWidth <= window.innerWidth)).toBe(true);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();

  const menu = header.getByRole('button', { name: 'Menu' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  const panel = page.locator(`[id="${await menu.getAttribute('aria-controls')}"]`);
  await expect(panel.getByText(`${E2E.operator.username} · operator`)).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Presets' }).click();
  await expect(page).toHaveURL(/\/presets$/);
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();

  await menu.click();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Presets' })).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();
});
