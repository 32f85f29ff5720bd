import { E2E } from '../env';
import { type AppApi, type LaunchDraft, REGION, type Sandbox, expect, test } from '../fixtures';
import { InvocationsListPage } from '../pages/invocations-list-page';
import { OverviewPage } from '../pages/overview-page';

/**
 * Issue 15, item 7: the overview is a viewer's home. After an operator's launch fails and a
 * Period launch is scheduled, the viewer finds the failure with its count, the chart's
 * numbers count it, the timeline lines up the Period launch's next runs, and the invocations
 * list shows each launch's outcomes and next run, on a desktop and on a phone.
 */
test.describe.configure({ mode: 'serial' });
test.use({ storageState: E2E.storage.viewer });

const suffix = Date.now().toString(36);
const FAILING = `overview-fails-${suffix}.sh`;
const EVERY_3H = `overview-every-3h-${suffix}.sh`;

/** An operator's launch, sent the way the form sends it; returns its launch ID. */
async function launch(api: AppApi, sandbox: Sandbox, draft: Pick<LaunchDraft, 'commandId' | 'instanceIds' | 'repeatMode' | 'frequency'>): Promise<string> {
  const { answer } = await sandbox.serialised(() => api.launch({ regionId: REGION, parameters: [], username: '', windowsPasswordName: '', ...draft }));
  if (!answer.ok) throw new Error(`The launch was refused: ${answer.message}`);
  return (answer.data as { launchId: string }).launchId;
}

async function launchStatus(api: AppApi, launchId: string): Promise<string> {
  const response = await api.request.get(`/api/launches/${launchId}?instances=0`);
  return ((await response.json()) as { data: { status: string } }).data.status;
}

test('a viewer lands on the overview, which shows a new failure, counts it in the chart and lines up a Period launch’s next runs', async ({ page, sandbox, operatorApi }) => {
  test.setTimeout(180_000);
  const overview = new OverviewPage(page);
  await page.goto('/');
  await expect(page).toHaveURL(/\/overview$/);
  await expect(overview.heading).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
  const failedBefore = await overview.failedToday();

  const failing = await sandbox.createCommand({ name: FAILING, type: 'RunShellScript', content: 'echo "checking the disk"\nexit 3' });
  const every3h = await sandbox.createCommand({ name: EVERY_3H, type: 'RunShellScript', content: 'echo tick' });
  const instanceIds = await operatorApi.instanceIds('web-prod-002', 'web-prod-003');
  const failed = await launch(operatorApi, sandbox, { commandId: failing, instanceIds, repeatMode: 'Once', frequency: '' });
  const period = await launch(operatorApi, sandbox, { commandId: every3h, instanceIds, repeatMode: 'Period', frequency: '0 0 */3 * * ? UTC' });
  await expect.poll(() => launchStatus(operatorApi, failed), { timeout: 60_000 }).toBe('Failed');
  await expect.poll(() => launchStatus(operatorApi, period), { timeout: 60_000 }).toBe('Scheduled');

  await overview.refresh();
  const failure = overview.failure(FAILING);
  await expect(failure).toContainText('2 of 2 failed');
  await expect(failure).toContainText('ExitCodeNonzero');
  await expect(failure.getByRole('img', { name: '0 succeeded, 2 failed, 0 running' })).toBeVisible();
  expect(await overview.failedToday()).toBeGreaterThanOrEqual(failedBefore + 2);
  await expect(overview.chart).toHaveAttribute('aria-label', /\d+ failed/);

  // Every three hours: eight runs in any 24 hours, each on a whole hour that is a multiple of three.
  const runs = overview.nextRuns(EVERY_3H);
  await expect(runs).toHaveCount(8);
  for (const text of await runs.allTextContents()) expect(text).toMatch(/^\d{4}-\d\d-\d\d (00|03|06|09|12|15|18|21):00:00 UTC$/);
  await expect(overview.timeline.getByRole('listitem').filter({ has: page.getByRole('link', { name: EVERY_3H }) })).toContainText('8 runs');
  const scheduled = overview.active.getByRole('listitem').filter({ has: page.getByRole('link', { name: EVERY_3H }) });
  await expect(scheduled.locator('[data-status]')).toHaveText('Scheduled');
  await expect(scheduled).toContainText(/next run in \d+ (hr|min)/);

  const list = new InvocationsListPage(page);
  await list.goto();
  await list.filter('Command', new RegExp(`^${FAILING.replaceAll('.', '\\.')}`));
  const failedRow = list.rows.first();
  await expect(list.status(failedRow)).toHaveText('Failed');
  await expect(list.cell(failedRow, 'Status').getByRole('img', { name: '0 succeeded, 2 failed, 0 running' })).toBeVisible();
  await list.clearFilters();
  await list.filter('Command', new RegExp(`^${EVERY_3H.replaceAll('.', '\\.')}`));
  const periodRow = list.rows.first();
  await expect(list.cell(periodRow, 'Repeat')).toContainText(/Next run in \d+ (hr|min)/);
  await expect(list.cell(periodRow, 'Repeat').getByText(/^in \d+/)).toHaveAttribute('title', /^\d{4}-\d\d-\d\d (00|03|06|09|12|15|18|21):00:00 UTC$/);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the overview and the invocations list fit the screen, the list’s rows stacked', async ({ page }) => {
    const overview = new OverviewPage(page);
    await overview.goto();
    await expect(overview.failure(FAILING)).toBeVisible();
    await expect(overview.nextRuns(EVERY_3H)).toHaveCount(8);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    const list = new InvocationsListPage(page);
    await list.goto();
    await list.filter('Command', new RegExp(`^${FAILING.replaceAll('.', '\\.')}`));
    const row = list.rows.first();
    await expect(row.getByRole('link', { name: FAILING })).toBeVisible();
    await expect(list.status(row)).toHaveText('Failed');
    await expect(row.getByRole('img', { name: '0 succeeded, 2 failed, 0 running' })).toBeVisible();
    await expect(row).toContainText('2 instances');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Stacked: the status sits below the command, not beside it.
    const command = await row.getByRole('link', { name: FAILING }).boundingBox();
    const status = await list.status(row).boundingBox();
    expect(status && command ? status.y > command.y + command.height - 1 : false).toBe(true);
  });
});
