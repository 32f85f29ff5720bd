import { E2E } from '../env';
import { expect, test } from '../fixtures';
import { InvocationPage } from '../pages/invocation-page';
import { InvocationsListPage } from '../pages/invocations-list-page';

/**
 * Journey 4, "A schedule gone wrong". First: a Period launch set to run every 5 seconds by
 * mistake cannot be made. The builder refuses intervals under 10 seconds and says why on the
 * interval it was given, a typed expression is refused the same way on the Frequency, and
 * nothing reaches the API. Then: a real runaway, every minute on over a hundred hosts (three
 * batches, three InvokeIds), is found on the list by its repeat mode, opened, and stopped
 * everywhere with one confirmed click.
 */
test.use({ storageState: E2E.storage.operator });

test('a schedule every 5 seconds is refused with the reason, and nothing is sent', async ({ launchPage: form, sandbox }) => {
  await form.goto();
  await form.chooseCommand('health-check.sh');
  const instanceIds = await form.selectInstances('web-prod-190', 'web-prod-191');
  const mark = await sandbox.mark();

  await form.chooseRepeatMode('Period');
  await form.schedule.selectOption({ label: 'Every N seconds' });
  const seconds = form.interval('Seconds');
  await seconds.fill('5');
  // The error sits on the field that caused it, not on the Frequency the builder could not write.
  await expect(seconds).toHaveAttribute('aria-invalid', 'true');
  await expect(seconds).toHaveAccessibleDescription(
    'Frequency: every 5 seconds is too often; Cloud Assistant needs at least 10 seconds between runs. Choose 10, 12, 15, 20 or 30 seconds.',
  );
  await expect(form.frequency).toHaveValue('');
  await expect(form.frequency).not.toHaveAttribute('aria-invalid', 'true');
  await expect(form.scheduleWords).toHaveCount(0);
  await form.reviewRefused();

  // Typing the expression by hand does not get round it.
  await form.frequency.fill('*/5 * * * * ? Asia/Shanghai');
  await expect(form.frequency).toHaveAccessibleDescription('Frequency: runs come as close as 5 seconds apart; Cloud Assistant needs at least 10 seconds between runs.');
  await form.frequency.fill('rate(5s)');
  await expect(form.frequency).toHaveAccessibleDescription('Frequency: rate(5s) is too frequent; a rate must be at least 60 seconds, e.g. rate(1m).');
  await form.reviewRefused();
  expect(await sandbox.invokeCommands(mark, { instanceIds })).toEqual([]);

  // The way out the message points to: a number of minutes.
  await form.schedule.selectOption({ label: 'Every N minutes' });
  await form.interval('Minutes').fill('1');
  await expect(form.frequency).toHaveValue(/^0 \*\/1 \* \* \* \? \S+$/);
  await expect(form.frequency).not.toHaveAttribute('aria-invalid', 'true');
  await expect(form.scheduleWords).toHaveText(/^Every minute \(/);
  const review = await form.review();
  await expect(review.requestParameter('Frequency')).toHaveText(/^0 \*\/1 \* \* \* \? \S+$/);
});

test('a runaway schedule on 114 hosts is found by its repeat mode and stopped on every batch with one confirmed click', async ({ launchPage: form, sandbox, page }) => {
  test.setTimeout(180_000);
  await form.goto();
  await form.chooseCommand('health-check.sh');
  // web-prod-100…214 without the stopped 158: 114 hosts, three batches.
  for (const prefix of ['web-prod-1', 'web-prod-2']) {
    await form.searchInstances(prefix);
    await form.selectAllMatching();
  }
  await expect(form.selectionCount).toHaveText(/ 114 selected\b/);
  await form.chooseRepeatMode('Period');
  await form.schedule.selectOption({ label: 'Every N minutes' });
  await form.interval('Minutes').fill('1');
  const review = await form.review();
  await expect(review.blastRadius).toContainText('114 instances, 3 batches');
  await review.launch();
  const invokeIds = await form.result.invokeIds();
  expect(invokeIds).toHaveLength(3);

  // Found on the list among the Period launches, opened from there.
  const list = new InvocationsListPage(page);
  await list.goto();
  await list.filter('Repeat mode', 'Period');
  const row = list.rowOf(invokeIds[0] ?? '');
  await expect(list.cell(row, 'Repeat')).toContainText('Every minute');
  await expect(list.cell(row, 'Batches')).toHaveText(/^3\b/);
  await row.getByRole('link', { name: 'health-check.sh' }).click();

  const launch = new InvocationPage(page);
  await expect(page.getByRole('heading', { name: 'Launch of health-check.sh', level: 1 })).toBeVisible();
  await launch.expectAggregate(/Scheduled|Running|Pending/);
  const mark = await sandbox.mark();
  await page.getByRole('button', { name: /^Stop/ }).click();
  await expect(page.getByRole('dialog')).toContainText('Stop this launch (3 InvokeIds) on all 114 instances?');
  await page.getByRole('dialog').getByRole('button', { name: 'Stop all 114 instances' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();

  await launch.expectAggregate('Stopped');
  await expect(page.getByRole('list', { name: 'Batches' }).getByRole('listitem').locator('[data-status]')).toHaveText(['Stopped', 'Stopped', 'Stopped']);
  await expect(page.getByRole('button', { name: /^Stop/ })).toHaveCount(0);
  // One StopInvocation per InvokeId, for all of its instances.
  const stops = (await sandbox.requests(mark, 'StopInvocation')).filter((call) => invokeIds.includes(call.params.InvokeId ?? ''));
  expect(stops.map((call) => call.params.InvokeId).sort()).toEqual([...invokeIds].sort());
  expect(stops.every((call) => !('InstanceId.1' in call.params))).toBe(true);
});
