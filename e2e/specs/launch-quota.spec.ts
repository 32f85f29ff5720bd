import { join } from 'node:path';

import Database from 'better-sqlite3';

import { E2E } from '../env';
import { expect, test } from '../fixtures';
import { type LaunchPage } from '../pages/launch-page';

/**
 * Issue 4: the daily InvokeCommand quota per region, counted from InvokeDeck's own records,
 * shown on the form and in the review, and enforced before a call leaves the server. It runs
 * in cn-beijing, which no other spec launches in, after 4,999 calls already recorded today:
 * the 5,000th goes out, the 5,001st is refused on the Instances field and never sent.
 */
test.use({ storageState: E2E.storage.operator });

const REGION = 'cn-beijing';

/** Record `calls` InvokeCommand calls made today in the region, as the launch service would have. */
function recordCallsToday(calls: number): void {
  const db = new Database(join(__dirname, '..', '..', E2E.dataDir, 'invokedeck.db'), { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  const now = new Date().toISOString();
  const launchId = crypto.randomUUID();
  const draft = JSON.stringify({ regionId: REGION, commandId: 'c-earlier', instanceIds: [], repeatMode: 'Once', frequency: '', parameters: [], username: '', windowsPasswordName: '' });
  db.transaction(() => {
    db.prepare(
      `insert into launches (id, created_at, created_by, created_by_username, region_id, command_id, command_name, command_type, repeat_mode, frequency, instance_count, batch_count, draft, send_status, status, status_updated_at, preset_id)
       values (?, ?, ?, 'earlier-today', ?, 'c-earlier', 'earlier-today.sh', 'RunShellScript', 'Once', null, ?, ?, ?, 'sent', 'Success', ?, null)`,
    ).run(launchId, now, crypto.randomUUID(), REGION, calls, calls, draft, now);
    const batch = db.prepare(
      `insert into launch_batches (id, launch_id, batch_index, region_id, client_token, instance_ids, status, invoke_id, attempts, sent_at, updated_at, invocation_status)
       values (?, ?, ?, ?, ?, '[]', 'sent', ?, 1, ?, ?, 'Success')`,
    );
    for (let index = 0; index < calls; index++) batch.run(crypto.randomUUID(), launchId, index, REGION, `${launchId}-b${index}`, `t-bjearlier${index}`, now, now);
    // The launch service takes each launch's calls from this counter.
    db.prepare('insert into quota_usage (region_id, day, used) values (?, ?, ?) on conflict (region_id, day) do update set used = used + excluded.used').run(REGION, now.slice(0, 10), calls);
  })();
  db.close();
}

/** The form on health-check.sh with every eligible cn-beijing host: one batch. */
async function chooseBeijingFleet(form: LaunchPage): Promise<void> {
  await form.goto();
  await form.region.selectOption(REGION);
  await form.ready();
  await form.chooseCommand('health-check.sh');
  await form.searchInstances('-bj-');
  await form.selectAllMatching();
}

test('the 5,000th call of the day in a region goes out; the next is refused on Instances and never sent', async ({ launchPage: form, sandbox }) => {
  recordCallsToday(4_999);
  await chooseBeijingFleet(form);
  await expect(form.page.getByText('4,999 of 5,000 calls')).toBeVisible();
  // The 5,000 is the account's own figure (the sandbox answers DescribeAccountAttributes), and the form says so.
  await expect(form.summary('Quota today')).toContainText("the account's quota");

  const review = await form.review();
  await expect(review.root).toContainText(`Quota in ${REGION} today`);
  await expect(review.root).toContainText('4,999 + 1 of 5,000');
  await review.launch();
  await expect(form.result.headline).toHaveText(/^Launched on \d+ instances? in 1 batch$/);

  // The form again, with the same choices: the quota is used up, and the form says so.
  await chooseBeijingFleet(form);
  await expect(form.page.getByText('5,000 of 5,000 calls')).toBeVisible();
  const mark = await sandbox.mark();
  await form.reviewRefused();
  await expect(form.sectionError('Instances')).toHaveText(/daily quota of 5000 InvokeCommand calls is used up\. Launch after 00:00 UTC, when it resets\.$/);
  expect((await sandbox.requests(mark, 'InvokeCommand')).filter((call) => call.params.RegionId === REGION)).toEqual([]);
});
