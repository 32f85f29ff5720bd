import { expect, test as setup } from '@playwright/test';

import { E2E } from '../env';
import { AdminPage } from '../pages/admin-page';
import { LoginPage } from '../pages/login-page';

/**
 * Journey 9, and the accounts every other spec signs in with: the first admin (created at
 * start from INVOKEDECK_ADMIN_PASSWORD) adds an operator, a second operator and a viewer
 * through the Admin page; each then signs in for the first time.
 */
setup('the first admin adds accounts, and each signs in', async ({ browser }) => {
  const adminContext = await browser.newContext();
  const page = await adminContext.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(E2E.admin.username, E2E.admin.password);
  await expect(page).toHaveURL(/\/invoke$/);
  await adminContext.storageState({ path: E2E.storage.admin });

  const admin = new AdminPage(page);
  await admin.goto();
  await admin.addOperator(E2E.operator, 'operator');
  await admin.addOperator(E2E.operator2, 'operator');
  await admin.addOperator(E2E.viewer, 'viewer');
  await expect(admin.row(E2E.viewer.username).getByLabel(`Role of ${E2E.viewer.username}`)).toHaveValue('viewer');
  await adminContext.close();

  for (const role of ['operator', 'operator2', 'viewer'] as const) {
    const context = await browser.newContext();
    const rolePage = await context.newPage();
    const roleLogin = new LoginPage(rolePage);
    await roleLogin.goto();
    await roleLogin.signIn(E2E[role].username, E2E[role].password);
    await expect(rolePage.getByTestId('current-user')).toContainText(E2E[role].displayName);
    await context.storageState({ path: E2E.storage[role] });
    await context.close();
  }
});
