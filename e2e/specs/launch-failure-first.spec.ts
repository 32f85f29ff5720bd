import { E2E } from '../env';
import { type AppApi, type LaunchDraft, REGION, type Sandbox, expect, test } from '../fixtures';
import { InvocationPage } from '../pages/invocation-page';

/**
 * Issue 15, "Failure first": a launch page leads with what went wrong. "Not successful"
 * gathers every unsuccessful status, the grouped outputs follow it and sit above the table,
 * a search narrows the rows, the view lives in the URL, an instance that never ran shows no
 * exit code, and Retry failed offers to undo the setting that caused the failures.
 */
test.use({ storageState: E2E.storage.operator });

const draft = (commandId: string, instanceIds: string[], more: Partial<LaunchDraft> = {}): LaunchDraft => ({
  regionId: REGION,
  commandId,
  instanceIds,
  repeatMode: 'Once',
  frequency: '',
  parameters: [],
  username: '',
  windowsPasswordName: '',
  ...more,
});

/** Launch through the server action (the form has its own specs), taking turns with sandbox faults; the launch's ID. */
async function launch(api: AppApi, sandbox: Sandbox, body: LaunchDraft): Promise<string> {
  const { answer } = await sandbox.serialised(() => api.launch(body));
  if (!answer.ok) throw new Error(`launch refused: ${answer.code} ${answer.message}`);
  const { launchId } = answer.data as { launchId: string };
  await api.sentLaunch(launchId);
  return launchId;
}

test('Not successful gathers the failures, groups what they said above the table, and the view stays in the URL', async ({ page, operatorApi, sandbox }) => {
  test.setTimeout(120_000);
  // patch-web.sh fails on the hosts with a full disk: web-prod-019 and web-prod-064 of these twenty.
  const names = Array.from({ length: 10 }, (_, i) => [`web-prod-01${i}`, `web-prod-06${i}`]).flat();
  const ids = await operatorApi.instanceIds(...names);
  const [full019, full064] = await operatorApi.instanceIds('web-prod-019', 'web-prod-064');
  const launchId = await launch(operatorApi, sandbox, draft(await operatorApi.commandId('patch-web.sh'), ids, {
    parameters: [
      { name: 'packages', value: 'nginx openssl', secret: false },
      { name: 'image_tag', value: 'stable', secret: false },
      { name: 'registry_token', value: 'tok-failure-first', secret: true },
    ],
  }));

  await page.goto(`/invocations/launches/${launchId}`);
  const launchPage = new InvocationPage(page);
  await launchPage.expectAggregate('PartialFailed');
  await expect(launchPage.statusButton('Not successful')).toHaveText(/Not successful\s*2/);
  await expect(launchPage.rows()).toHaveCount(20);

  await launchPage.filterBy('Not successful');
  await expect(launchPage.statusButton('Not successful')).toHaveAttribute('aria-pressed', 'true');
  await expect(launchPage.rows()).toHaveCount(2);
  await expect(page).toHaveURL(/[?&]status=not-successful/);

  // Grouped, the two full disks are one group; the 18 successes are not shown at all.
  const groups = await launchPage.groupOutputs();
  await expect(page).toHaveURL(/[?&]view=grouped/);
  await expect(groups.getByText(/returned this$/)).toHaveText(['2 instances returned this']);
  await expect(groups.getByRole('region', { name: 'Output shared by 2 instances' })).toContainText('enough free space');
  for (const id of [full019, full064]) await expect(groups).toContainText(id ?? 'missing');
  // …and above the table, where the eye lands first.
  const groupsBox = await groups.boundingBox();
  const firstRow = await launchPage.rows().first().boundingBox();
  expect(groupsBox && firstRow && groupsBox.y < firstRow.y).toBe(true);

  // A reload (or the link pasted in a chat) opens the same view.
  await page.reload();
  await expect(launchPage.statusButton('Not successful')).toHaveAttribute('aria-pressed', 'true');
  await expect(launchPage.rows()).toHaveCount(2);
  await expect(launchPage.groupedOutputs().getByText(/returned this$/)).toHaveText(['2 instances returned this']);

  // The search narrows further, by name, and goes into the URL too.
  await launchPage.search().fill('web-prod-064');
  await expect(launchPage.rows()).toHaveCount(1);
  await expect(launchPage.row(full064 ?? '')).toBeVisible();
  await expect(page).toHaveURL(/[?&]q=web-prod-064/);

  // Leaving and coming back with the browser's Back finds the view as it was left.
  await page.goto('/invocations');
  await page.goBack();
  await expect(launchPage.search()).toHaveValue('web-prod-064');
  await expect(launchPage.rows()).toHaveCount(1);

  // Every status again; a search by error code finds both failures among all twenty.
  await page.getByRole('group', { name: 'Filter instances by status' }).getByRole('button', { name: 'Show all' }).click();
  await launchPage.search().fill('exitcodenonzero');
  await expect(launchPage.rows()).toHaveCount(2);
  await expect(page).not.toHaveURL(/[?&]status=/);
  await expect(page.getByRole('status').filter({ hasText: /^2 of 20 instances$/ })).toBeVisible();
});

test('a schedule stopped before its first run: its words beside the Frequency, and no exit code for instances that never ran', async ({ page, operatorApi, sandbox }) => {
  // Once a year, two months from now: nothing runs before the stop.
  const month = ((new Date().getUTCMonth() + 2) % 12) + 1;
  const monthName = new Date(Date.UTC(2026, month - 1, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
  const frequency = `0 0 3 1 ${month} ? Asia/Shanghai`;
  const ids = await operatorApi.instanceIds('web-prod-206', 'web-prod-207');
  const launchId = await launch(operatorApi, sandbox, draft(await operatorApi.commandId('health-check.sh'), ids, { repeatMode: 'Period', frequency }));

  await page.goto(`/invocations/launches/${launchId}`);
  const launchPage = new InvocationPage(page);
  const schedule = page.getByText(/^Schedule:/);
  await expect(schedule).toContainText(`only in ${monthName}`);
  await expect(schedule.getByRole('code')).toHaveText(frequency);
  await launchPage.expectAggregate('Scheduled');

  await launchPage.stopAll();
  await launchPage.expectAggregate('Stopped');
  await expect(launchPage.statusButton('Cancelled')).toHaveText(/Cancelled\s*2/);
  await expect(launchPage.statusButton('Not successful')).toHaveText(/Not successful\s*2/);
  // Alibaba answers ExitCode 0 for them; they never ran, so there is none to show.
  for (const id of ids) {
    await expect(launchPage.exitCode(id)).toHaveAccessibleName('did not run');
    await expect(launchPage.exitCode(id)).toContainText('—');
    await expect(launchPage.exitCode(id)).not.toContainText('0');
  }
});

test('Retry failed of a timed-out launch opens with only those instances and offers the timeout that would have been enough', async ({ page, operatorApi, sandbox }) => {
  test.setTimeout(120_000);
  const name = `slow-patch-${Date.now().toString(36)}`;
  const commandId = await sandbox.createCommand({ name, type: 'RunShellScript', content: 'echo "patching slowly"\nsleep 40\necho done', timeout: 60 });
  try {
    const ids = await operatorApi.instanceIds('web-prod-208', 'web-prod-209');
    const launchId = await launch(operatorApi, sandbox, draft(commandId, ids, { timeout: 10 }));

    await page.goto(`/invocations/launches/${launchId}`);
    const launchPage = new InvocationPage(page);
    await launchPage.expectAggregate('Failed');
    await expect(launchPage.statusButton('Timeout')).toHaveText(/Timeout\s*2/);
    for (const id of ids) await expect(launchPage.row(id)).toContainText('ExecutionTimeout');

    await page.getByRole('link', { name: 'Retry failed (2)' }).click();
    await expect(page.getByText(/Retrying the 2 failed instances of launch/)).toBeVisible();
    await expect(page.getByText(/· 2 selected/)).toBeVisible();
    const offer = page.getByRole('region', { name: 'What caused the failures' });
    await expect(offer).toContainText('These instances timed out after 10 s. Raise the timeout to 20 s?');
    await offer.getByRole('button', { name: 'Raise the timeout to 20 s' }).click();
    const timeout = page.getByLabel('Timeout', { exact: true });
    await expect(timeout).toBeVisible();
    await expect(timeout).toHaveValue('20');
    await expect(timeout).toBeFocused();
    await expect(offer.getByRole('status')).toHaveText('Timeout set to 20 s.');
  } finally {
    await sandbox.deleteCommand(commandId);
  }
});
