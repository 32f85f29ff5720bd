import { E2E } from '../env';
import { expect, test } from '../fixtures';
import { InvocationPage } from '../pages/invocation-page';

/**
 * Journey 2, "Something broke on three hosts": a launch on 120 web servers goes out in three
 * batches (three InvokeIds) and three of the hosts have a full disk. The launch page reads it
 * as one thing: 117 Success, 3 Failed, the three outputs grouped as one error, and Retry
 * failed opens the form with only those three.
 */
test.use({ storageState: E2E.storage.operator });

test('Marco opens a launch of 117 Success and 3 Failed over 3 batches, reads the one grouped error, and retries only those three', async ({ browser, launchPage: form, operatorApi }) => {
  test.setTimeout(180_000);
  // Priya's launch: web-prod-001…121 without the stopped 037, 120 instances.
  await form.goto();
  await form.chooseCommand('patch-web.sh');
  for (const prefix of ['web-prod-0', 'web-prod-10', 'web-prod-11']) {
    await form.searchInstances(prefix);
    await form.selectAllMatching();
  }
  await form.selectInstances('web-prod-120', 'web-prod-121');
  await expect(form.selectionCount).toHaveText(/ 120 selected$/);
  await form.fillParameters({ registry_token: 'tok-journey-2-never-shown' });
  const review = await form.review();
  await review.launch();
  await expect(form.result.headline).toHaveText('Launched on 120 instances in 3 batches');
  const launchUrl = (await form.result.openLaunch.getAttribute('href')) ?? '';

  // Marco, the next morning, opens the launch from the link Priya posted.
  const context = await browser.newContext({ storageState: E2E.storage.operator2 });
  const page = await context.newPage();
  await page.goto(launchUrl);
  const launch = new InvocationPage(page);
  await expect(page.getByRole('heading', { name: 'Launch of patch-web.sh', level: 1 })).toBeVisible();
  await launch.expectAggregate('PartialFailed', 120_000);
  await expect(launch.statusButton('Success')).toHaveText(/Success\s*117/);
  await expect(launch.statusButton('Failed')).toHaveText(/Failed\s*3/);
  await expect(launch.statusButton('Not successful')).toHaveText(/Not successful\s*3/);
  await expect(page.getByRole('img', { name: '117 Success, 3 Failed' })).toBeVisible();

  // A long launch renders 100 rows at a time.
  await expect(launch.rows()).toHaveCount(100);
  await page.getByRole('button', { name: 'Show 20 more' }).click();
  await expect(launch.rows()).toHaveCount(120);

  await launch.filterBy('Failed');
  await expect(launch.rows()).toHaveCount(3);
  const failed = await launch.rows().evaluateAll((rows) => rows.map((row) => row.getAttribute('data-instance') ?? ''));
  const fullDisks = await operatorApi.instanceIds('web-prod-019', 'web-prod-064', 'web-prod-101');
  expect(failed.sort()).toEqual([...fullDisks].sort());
  // Alibaba's records carry only IDs; the rows also name the hosts.
  await expect(launch.row(fullDisks[0] ?? '')).toContainText('web-prod-019');
  // 019 went out in the first batch, 064 and 101 in the second: the page joins what the InvokeIds said.
  await expect(launch.rows().locator('[data-col="batch"]')).toHaveText([/^Batch 1\s*t-/, /^Batch 2\s*t-/, /^Batch 2\s*t-/]);
  for (const instanceId of failed) await expect(launch.row(instanceId)).toContainText('ExitCodeNonzero');
  const log = await launch.openOutput(failed[0] ?? '');
  await expect(log).toContainText('enough free space');

  // The same error on all three, grouped (only the Failed ones: the filter holds), and the secret nowhere on the page.
  const groups = await launch.groupOutputs();
  const shared = groups.getByRole('region', { name: 'Output shared by 3 instances' });
  await expect(shared).toContainText('enough free space');
  await expect(groups.getByText(/returned this$/)).toHaveText(['3 instances returned this']);
  await expect(page.locator('body')).not.toContainText('tok-journey-2-never-shown');

  await page.getByRole('link', { name: 'Retry failed (3)' }).click();
  await expect(page.getByText(/Retrying the 3 failed instances of launch/)).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: 'Command' }).getByRole('radio', { name: /patch-web\.sh/ })).toBeChecked();
  await expect(page.getByText(/· 3 selected/)).toBeVisible();
  await expect(page.getByLabel('registry_token', { exact: true })).toHaveValue('');
  await context.close();
});
