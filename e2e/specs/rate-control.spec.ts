import { E2E } from '../env';
import { expect, test } from '../fixtures';
import { AdminPage } from '../pages/admin-page';

/**
 * Issue 13, rate control as an operator meets it: set in the form (Advanced), shown in the
 * review, enforced by the server (one batch at a time; the first failure holds the rest back),
 * explained on the launch page and in the audit log, kept by Run again and by a preset.
 *
 * patch-web.sh fails on the hosts with a full disk (web-prod-019 and -064 among web-prod-0…).
 */
test.use({ storageState: E2E.storage.operator });

const RATE = '1 batch at a time; stop at the first failure';

test('one batch at a time and stop at the first failure: the second batch is held back and every page says why', async ({ browser, launchPage: form, page, sandbox }) => {
  test.setTimeout(180_000);
  await form.goto();
  await form.chooseCommand('patch-web.sh');
  await form.searchInstances('web-prod-0');
  await form.selectAllMatching();
  await expect(form.selectionCount).toHaveText(/ 98 selected$/);
  await form.fillParameters({ registry_token: 'tok-rate-control-never-shown' });
  await form.openAdvanced();
  await page.getByLabel('Concurrency', { exact: true }).selectOption('batches');
  await page.getByLabel('Concurrency: batches at a time').fill('1');
  await page.getByLabel('Error threshold', { exact: true }).selectOption('count');
  await page.getByLabel('Error threshold: failed instances tolerated').fill('0');

  const review = await form.review();
  await expect(review.blastRadius).toContainText('98 instances, 2 batches');
  await expect(review.root).toContainText(RATE);
  const launchId = ((await review.requestParameter('ClientToken').first().textContent()) ?? '').replace(/-b0$/, '');
  const mark = await sandbox.mark();
  await review.confirmButton.click();
  await expect(form.result.root).toBeVisible();

  // The launch page: the reason, the batch not sent, and nothing sent past the threshold.
  await page.goto(`/invocations/launches/${launchId}`);
  await expect(page.getByText('Rate control:')).toContainText(RATE);
  const reason = /Error threshold reached: [12] of 98 instances failed, more than the 0 allowed\. The last batch was not sent\./;
  await expect(page.getByText('1 batch was not sent')).toBeVisible({ timeout: 120_000 });
  await expect(page.getByText('1 batch was not sent').locator('xpath=..')).toContainText(reason);
  const batches = page.getByRole('list', { name: 'Batches' }).getByRole('listitem');
  await expect(batches.nth(0)).toContainText(/PartialFailed|Failed/);
  await expect(batches.nth(1)).toContainText('Skipped');
  await expect(batches.nth(1)).toContainText(reason);
  await expect(page.getByRole('progressbar', { name: 'Batches sent' })).toHaveAttribute('aria-valuetext', '1 of 2 batches sent, 1 not sent');
  expect((await sandbox.invokeCommands(mark, { launchId })).map((call) => call.params.ClientToken)).toEqual([`${launchId}-b0`]);

  // The audit log: the launch with its rate control, and the engine holding the rest back.
  const adminContext = await browser.newContext({ storageState: E2E.storage.admin });
  const adminPage = await adminContext.newPage();
  await new AdminPage(adminPage).goto();
  const log = adminPage.getByRole('list', { name: 'Audit log' });
  await expect(log.getByRole('listitem').filter({ hasText: `launched ${launchId}` })).toContainText(`patch-web.sh on 98 instances in cn-shanghai, Once; ${RATE}`);
  await expect(log.getByRole('listitem').filter({ hasText: `held back the rest of launch ${launchId}` })).toContainText(/^.*system held back the rest of launch \S+ \(Error threshold reached: [12] of 98 instances failed/);
  await adminContext.close();

  // Run again keeps the rate control; a preset saved from it keeps it too.
  await page.getByRole('link', { name: 'Run again' }).click();
  await form.ready();
  await form.openAdvanced();
  await expect(page.getByLabel('Concurrency', { exact: true })).toHaveValue('batches');
  await expect(page.getByLabel('Concurrency: batches at a time')).toHaveValue('1');
  await expect(page.getByLabel('Error threshold', { exact: true })).toHaveValue('count');
  await expect(page.getByLabel('Error threshold: failed instances tolerated')).toHaveValue('0');
  const name = `careful patch ${Date.now().toString(36)}`;
  await page.getByRole('button', { name: 'Save as preset' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Description').fill('One batch at a time, stop at the first failure');
  await dialog.getByRole('button', { name: 'Save preset' }).click();
  await expect(dialog).toBeHidden();
  await page.goto(await page.getByTestId('preset-link').inputValue());
  await expect(page.getByText(RATE, { exact: true })).toBeVisible();
});
