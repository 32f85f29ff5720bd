import { expect, request as playwrightRequest, test } from '@playwright/test';

import { E2E } from '../env';
import { AdminPage } from '../pages/admin-page';
import { LoginPage } from '../pages/login-page';

test.describe('signing in and out', () => {
  test('a page asked for before signing in opens after signing in', async ({ page }) => {
    await page.goto('/invocations');
    await expect(page).toHaveURL(/\/login\?next=%2Finvocations/);
    await new LoginPage(page).signIn(E2E.operator.username, E2E.operator.password);
    await expect(page).toHaveURL(/\/invocations$/);
    await expect(page.getByRole('heading', { name: 'Invocations', level: 1 })).toBeVisible();
  });

  test('a wrong password is refused with a clear message', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(E2E.operator.username, 'not the password');
    await login.expectError('Wrong username or password');
    await expect(page).toHaveURL(/\/login/);
  });

  test('empty fields are named before anything is sent', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Enter your username.')).toBeVisible();
    await expect(page.getByText('Enter your password.')).toBeVisible();
  });

  test('repeated failures lock the account for a while', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    for (let attempt = 0; attempt < 5; attempt++) {
      await login.signIn('throttle-target', `wrong-${attempt}`);
      await login.expectError('Wrong username or password');
    }
    await login.signIn('throttle-target', 'still wrong');
    await login.expectError(/Too many failed sign-ins\. Wait \d+ s/);
  });

  test('sign-out ends the session on the server, not only in the browser', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await new LoginPage(page).goto();
    await new LoginPage(page).signIn(E2E.operator2.username, E2E.operator2.password);
    await expect(page.getByTestId('current-user')).toBeVisible();
    const stolen = await context.storageState();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login/);

    // Replaying the old cookie must not work: the session row is gone.
    const replay = await playwrightRequest.newContext({ baseURL: E2E.baseUrl, storageState: stolen });
    const response = await replay.get('/invoke', { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers().location).toContain('/login');
    await replay.dispose();
    await context.close();
  });

  test('the session cookie is HttpOnly and SameSite=Lax', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await new LoginPage(page).goto();
    await new LoginPage(page).signIn(E2E.viewer.username, E2E.viewer.password);
    await expect(page.getByTestId('current-user')).toBeVisible();
    const cookie = (await context.cookies()).find((entry) => entry.name === 'invokedeck_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(await page.evaluate(() => document.cookie)).not.toContain('invokedeck_session');
    await context.close();
  });
});

test.describe('the shell', () => {
  test.use({ storageState: E2E.storage.operator });

  test('shows the sandbox badge, the navigation and the operator', async ({ page }) => {
    await page.goto('/invoke');
    await expect(page.getByTestId('mode-badge')).toHaveText('Sandbox');
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const name of ['Launch', 'Invocations', 'Presets']) await expect(nav.getByRole('link', { name })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Admin' })).toHaveCount(0);
    await expect(page.getByTestId('current-user')).toContainText(`${E2E.operator.username} · operator`);
  });
});

test.describe('admin', () => {
  test('a viewer opening /admin is told it is for admins', async ({ browser }) => {
    const context = await browser.newContext({ storageState: E2E.storage.viewer });
    const page = await context.newPage();
    await page.goto('/admin');
    await expect(page.getByRole('heading', { name: 'Admins only' })).toBeVisible();
    await context.close();
  });

  test('the audit log names the account a failed sign-in tried, and says when no such account exists; whoever signs in is told the same', async ({ browser }) => {
    const suffix = Date.now() % 100000;
    const account = { username: `tried${suffix}`, displayName: 'Tried Account', password: 'tried-password-1' };
    const unknown = `nobody${suffix}`;
    const adminContext = await browser.newContext({ storageState: E2E.storage.admin });
    const adminPage = await adminContext.newPage();
    const admin = new AdminPage(adminPage);
    await admin.goto();
    await admin.addOperator(account, 'viewer');

    const visitor = await browser.newContext();
    const page = await visitor.newPage();
    const login = new LoginPage(page);
    const refusal = page.locator('form [role="alert"]');
    await login.goto();
    await login.signIn(account.username, 'not the password');
    await login.expectError('Wrong username or password');
    const told = await refusal.textContent();
    await login.signIn(unknown, 'not the password');
    await expect(refusal).toHaveText(told ?? '');

    const log = adminPage.getByRole('list', { name: 'Audit log' });
    // The second refusal reads like the first, so the page is loaded again until its entry is there.
    await expect(async () => {
      await admin.goto();
      await expect(log.getByRole('listitem').filter({ hasText: unknown })).toContainText(`Failed sign-in as an unknown account «${unknown}»`, { timeout: 1000 });
    }).toPass();
    await expect(log.getByRole('listitem').filter({ hasText: `as ${account.username}` })).toContainText(`Failed sign-in as ${account.username} (wrong password)`);
    await visitor.close();
    await adminContext.close();
  });

  test('disabling an account signs it out everywhere; enabling lets it back in', async ({ browser }) => {
    const account = { username: `temp${Date.now() % 100000}`, displayName: 'Temp Account', password: 'temporary-password-1' };
    const adminContext = await browser.newContext({ storageState: E2E.storage.admin });
    const adminPage = await adminContext.newPage();
    await adminPage.goto('/admin');
    const form = adminPage.locator('form', { has: adminPage.getByRole('button', { name: 'Add operator' }) });
    await form.getByLabel('Username', { exact: true }).fill(account.username);
    await form.getByLabel('Name', { exact: true }).fill(account.displayName);
    await form.getByLabel('Initial password').fill(account.password);
    await form.getByRole('button', { name: 'Add operator' }).click();
    await expect(form.getByRole('status')).toContainText('created');

    const userContext = await browser.newContext();
    const userPage = await userContext.newPage();
    await new LoginPage(userPage).goto();
    await new LoginPage(userPage).signIn(account.username, account.password);
    await expect(userPage.getByTestId('current-user')).toContainText(account.displayName);

    await adminPage.getByRole('button', { name: `Disable ${account.username}` }).click();
    await adminPage.getByRole('dialog').getByRole('button', { name: 'Disable account' }).click();
    await expect(adminPage.getByRole('row', { name: new RegExp(account.username) })).toContainText('Disabled');

    await userPage.reload();
    await expect(userPage).toHaveURL(/\/login/);
    await new LoginPage(userPage).signIn(account.username, account.password);
    await new LoginPage(userPage).expectError('disabled');

    await adminPage.getByRole('button', { name: `Enable ${account.username}` }).click();
    await adminPage.getByRole('dialog').getByRole('button', { name: 'Enable account' }).click();
    await new LoginPage(userPage).signIn(account.username, account.password);
    await expect(userPage.getByTestId('current-user')).toContainText(account.displayName);
    await expect(adminPage.getByRole('list', { name: 'Audit log' })).toBeVisible();
    await adminContext.close();
    await userContext.close();
  });
});
