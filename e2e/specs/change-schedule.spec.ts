import { callServerAction, listServerActions } from '../endpoints';
import { E2E } from '../env';
import { type AppApi, REGION, type Sandbox, expect, instanceIdsOf, test } from '../fixtures';
import { LaunchDetailPage } from '../pages/launch-detail-page';

/**
 * Issue 14, item 7: a Period launch's schedule changed in place from its page, instead of
 * stopped and launched again. Every InvokeId of the launch (one per batch) gets
 * ModifyInvocationAttribute and keeps its ID; the page's next runs and the audit log show the
 * new schedule; a wrong Frequency is refused on the field; a viewer cannot change it.
 */
test.use({ storageState: E2E.storage.operator });

const WEEKDAYS = '0 0 2 ? * MON-FRI Asia/Shanghai';
const MORNINGS = '0 30 6 * * ? Asia/Shanghai';

/** A Period launch over more instances than one call takes: two batches, two InvokeIds. */
async function launchOnTwoBatches(api: AppApi, sandbox: Sandbox): Promise<{ launchId: string; invokeIds: string[]; instanceIds: string[] }> {
  const running = (await api.instances()).filter((instance) => instance.status === 'Running' && /^web-prod-1\d\d$/.test(instance.name)).slice(0, 55);
  const draft = { regionId: REGION, commandId: await api.commandId('health-check.sh'), instanceIds: running.map((instance) => instance.instanceId), repeatMode: 'Period' as const, frequency: WEEKDAYS, parameters: [], username: '', windowsPasswordName: '' };
  const { answer } = await sandbox.serialised(() => api.launch(draft));
  if (!answer.ok) throw new Error(`The launch was refused: ${answer.message}`);
  const launchId = (answer.data as { launchId: string }).launchId;
  const sent = await api.sentLaunch(launchId);
  return { launchId, invokeIds: sent.batches.map((batch) => batch.invokeId ?? ''), instanceIds: draft.instanceIds };
}

test('an operator changes a Period launch’s schedule in place: the same InvokeIds, new next runs, and the audit log says old → new', async ({ page, operatorApi, sandbox, browser }) => {
  test.setTimeout(180_000);
  const { launchId, invokeIds, instanceIds } = await launchOnTwoBatches(operatorApi, sandbox);
  expect(invokeIds).toHaveLength(2);

  const launch = new LaunchDetailPage(page);
  await launch.goto(launchId);
  await expect(launch.frequencyShown(WEEKDAYS)).toBeVisible();
  // The schedule panel's code (cron words, next runs) arrives after the page: a cold server is slow to send it.
  await expect(launch.nextRuns.getByRole('listitem').first()).toContainText('02:00:00 Asia/Shanghai', { timeout: 30_000 });

  // A Frequency the rules refuse is named on the field, and nothing reaches Alibaba.
  const mark = await sandbox.mark();
  await launch.changeSchedule('rate(20s)');
  await expect(launch.frequency).toHaveAttribute('aria-invalid', 'true');
  await expect(launch.frequency).toHaveAccessibleDescription(/rate\(20s\) is too frequent/);
  expect((await sandbox.requests(mark, 'ModifyInvocationAttribute')).filter((call) => invokeIds.includes(call.params.InvokeId ?? ''))).toEqual([]);

  await launch.frequency.fill(MORNINGS);
  await launch.dialog.getByRole('button', { name: 'Change schedule' }).click();
  await expect(launch.dialog).toBeHidden();
  await expect(launch.frequencyShown(MORNINGS)).toBeVisible();
  await expect(launch.nextRuns.getByRole('listitem')).toHaveCount(5);
  for (const run of await launch.nextRuns.getByRole('listitem').allTextContents()) expect(run).toContain('06:30:00 Asia/Shanghai');

  // In place: one ModifyInvocationAttribute per InvokeId, nothing stopped or launched again.
  // (Other specs call the same sandbox meanwhile: only calls about this launch count.)
  const modified = (await sandbox.requests(mark, 'ModifyInvocationAttribute')).filter((call) => invokeIds.includes(call.params.InvokeId ?? ''));
  expect(modified.map((call) => [call.params.InvokeId, call.params.Frequency]).sort()).toEqual(invokeIds.map((id) => [id, MORNINGS]).sort());
  expect((await sandbox.requests(mark, 'StopInvocation')).filter((call) => invokeIds.includes(call.params.InvokeId ?? ''))).toEqual([]);
  // Launched again would be a call with the new schedule on these instances; other specs' launches may reach them meanwhile.
  const relaunched = (await sandbox.requests(mark, 'InvokeCommand')).filter((call) => call.params.Frequency === MORNINGS && instanceIdsOf(call).some((id) => instanceIds.includes(id)));
  expect(relaunched).toEqual([]);
  expect(await launch.invokeIds()).toEqual(invokeIds);

  // Alibaba has the new schedule on each InvokeId: the InvokeId page reads it from there.
  await page.goto(`/invocations/${invokeIds[1]}`);
  await expect(page.getByText(`(${MORNINGS})`)).toBeVisible();

  const admin = await browser.newContext({ storageState: E2E.storage.admin });
  const adminPage = await admin.newPage();
  await adminPage.goto('/admin');
  const entry = adminPage.getByRole('list', { name: 'Audit log' }).getByRole('listitem').filter({ hasText: launchId }).first();
  await expect(entry).toContainText(`${E2E.operator.username} changed the schedule of launch ${launchId} (${WEEKDAYS} → ${MORNINGS})`);
  await admin.close();
});

test('a viewer sees the schedule but cannot change it, not even through the action', async ({ browser, operatorApi, sandbox }) => {
  test.setTimeout(120_000);
  const { launchId, invokeIds } = await launchOnTwoBatches(operatorApi, sandbox);
  const context = await browser.newContext({ storageState: E2E.storage.viewer });
  const page = await context.newPage();
  const launch = new LaunchDetailPage(page);
  await launch.goto(launchId);
  await expect(launch.nextRuns.getByRole('listitem').first()).toContainText('02:00:00 Asia/Shanghai', { timeout: 30_000 });
  await expect(launch.changeScheduleButton).toHaveCount(0);

  const action = listServerActions().find((entry) => entry.name === 'changeLaunchScheduleAction');
  if (!action) throw new Error('changeLaunchScheduleAction is not in the build');
  const mark = await sandbox.mark();
  const { result } = await callServerAction(context.request, action, [{ launchId, frequency: MORNINGS }]);
  expect(result).toMatchObject({ ok: false, status: 403, code: 'FORBIDDEN' });
  expect((await sandbox.requests(mark, 'ModifyInvocationAttribute')).filter((call) => invokeIds.includes(call.params.InvokeId ?? ''))).toEqual([]);
  await context.close();
});
