import { expect, test } from '@playwright/test';

import { E2E } from '../env';
import { AdminPage } from '../pages/admin-page';
import { LaunchPage } from '../pages/launch-page';
import { LoginPage } from '../pages/login-page';

/**
 * Journey 9, "A new teammate", to its end: the admin adds an operator, whose first sign-in
 * works; their launch is in the audit log under their name, the admin narrows the log to
 * them, and the entry opens the launch.
 */
test('a new operator’s first launch is in the audit log under their name, and the entry opens it', async ({ browser }) => {
  test.setTimeout(120_000);
  const account = { username: `nadia${Date.now() % 100_000}`, displayName: 'Nadia Kaur', password: 'first-password-nadia-1' };
  const adminContext = await browser.newContext({ storageState: E2E.storage.admin });
  const adminPage = await adminContext.newPage();
  const admin = new AdminPage(adminPage);
  await admin.goto();
  await admin.addOperator(account, 'operator');

  const context = await browser.newContext();
  const page = await context.newPage();
  await new LoginPage(page).goto();
  await new LoginPage(page).signIn(account.username, account.password);
  await expect(page.getByTestId('current-user')).toContainText(account.displayName);

  const form = new LaunchPage(page);
  await form.goto();
  await form.chooseCommand('health-check.sh');
  await form.selectInstances('worker-prod-05');
  const review = await form.review();
  await review.launch();
  await expect(form.result.headline).toHaveText('Launched on 1 instance in 1 batch');
  const launchUrl = (await form.result.openLaunch.getAttribute('href')) ?? '';
  const launchId = launchUrl.split('/').at(-1) ?? '';
  expect(launchId).toMatch(/^[0-9a-f-]{36}$/);

  // The admin narrows the log to the newcomer: their sign-in and their launch, nobody else's.
  await admin.goto();
  const filter = adminPage.getByRole('form', { name: 'Filter the audit log' });
  await filter.getByLabel('Person').selectOption(account.username);
  await filter.getByRole('button', { name: 'Show' }).click();
  await expect(adminPage).toHaveURL(new RegExp(`actor=${account.username}`));
  const log = adminPage.getByRole('list', { name: 'Audit log' });
  await expect(log.getByRole('listitem')).toHaveCount(2);
  for (const entry of await log.getByRole('listitem').allTextContents()) expect(entry).toContain(account.username);
  await expect(log.getByRole('listitem').first()).toContainText(`${account.username} launched ${launchId}`);
  await expect(log.getByRole('listitem').last()).toContainText(`${account.username} signed in`);

  await log.getByRole('link', { name: launchId }).click();
  await expect(adminPage).toHaveURL(new RegExp(`/invocations/launches/${launchId}$`));
  await expect(adminPage.getByRole('heading', { name: 'Launch of health-check.sh', level: 1 })).toBeVisible();
  await expect(adminPage.getByRole('main')).toContainText(`by ${account.username}`);
  await context.close();
  await adminContext.close();
});
