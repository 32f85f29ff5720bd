import { E2E } from '../env';
import { expect, test } from '../fixtures';
import { AdminPage } from '../pages/admin-page';
import { AppShell } from '../pages/app-shell';
import { LaunchPage } from '../pages/launch-page';
import { PresetsPage } from '../pages/presets-page';

/**
 * Issue 15, a phone at 390 px: the header fits the screen, and the navigation, who is signed
 * in and Sign out are one Menu button away.
 */
// The 'phone' project runs this at 390 × 844 with touch.
test.use({ storageState: E2E.storage.operator });

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

test('on a phone a preset saved from the form is a card in the list, with its actions in reach', async ({ page }) => {
  const form = new LaunchPage(page);
  const presets = new PresetsPage(page);
  const name = `Phone check ${crypto.randomUUID().slice(0, 8)}`;
  await form.goto();
  await form.chooseCommand('health-check.sh');
  await form.selectInstances('web-prod-193');
  await presets.form.saveAsPreset(name, 'Saved at 390 px');

  await presets.gotoList(name);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  const row = presets.row(name);
  await expect(row).toContainText('health-check.sh');
  await expect(row).toContainText('1 instance');
  const remove = row.getByRole('button', { name: `Delete ${name}` });
  await expect(remove).toBeInViewport({ ratio: 1 });
  await remove.click();
  const dialog = page.getByRole('dialog', { name: `Delete “${name}”?` });
  await dialog.getByRole('button', { name: 'Delete preset' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toHaveCount(0);
});

test.describe('as an admin', () => {
  test.use({ storageState: E2E.storage.admin });

  test('on a phone no page scrolls sideways, and each account is a card with its role, status and actions in reach', async ({ page }) => {
    const fitsTheScreen = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    await new LaunchPage(page).goto();
    expect(await fitsTheScreen(), '/invoke').toBe(true);
    await new PresetsPage(page).gotoList();
    expect(await fitsTheScreen(), '/presets').toBe(true);

    const admin = new AdminPage(page);
    await new AppShell(page).navigate('Admin');
    await expect(page.getByRole('heading', { name: 'Admin', level: 1 })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Accounts' })).toBeVisible();
    expect(await fitsTheScreen(), '/admin').toBe(true);

    const row = admin.row(E2E.operator.username);
    await expect(row.getByLabel(`Role of ${E2E.operator.username}`)).toHaveValue('operator');
    await expect(row.getByText('Active')).toBeVisible();
    // The actions sit inside the card, not past the right edge.
    const reset = row.getByRole('button', { name: `Reset password of ${E2E.operator.username}` });
    await reset.scrollIntoViewIfNeeded();
    await expect(reset).toBeInViewport({ ratio: 1 });
    await reset.click();
    const dialog = page.getByRole('dialog', { name: `Reset the password of ${E2E.operator.username}` });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  });
});
