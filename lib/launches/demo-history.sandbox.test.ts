import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';

import { type SessionUser } from '@/lib/auth/sessions';
import { listAudit } from '@/lib/db/audit';
import { listLaunches } from '@/lib/db/launch-list';
import { describeEachDatabase } from '@/lib/db/test-databases';
import { insertUser } from '@/lib/db/users';
import { type EcsClient } from '@/lib/ecs';
import { startTestSandbox, type TestSandbox } from '@/lib/ecs/test-sandbox';

import { adoptSandboxHistory, fetchSandboxHistory, type SandboxHistory } from './demo-history';
import { isUnchanged, readLaunch } from './launch-read';
import { rerunLaunch } from './rerun';
import { stopLaunchBatches } from './stop';
import { testEngine } from './test-engine';

/**
 * A fresh InvokeDeck on a sandbox with its seeded history: the two seeded launches are recorded
 * as ours once, owned by the first admin, and the observer reads them as any other launch
 * (journeys 2 and 4 out of the box). On a fresh SQLite file and on PostgreSQL.
 */
describeEachDatabase('adopting the sandbox’s seeded history', (db) => {
  let t: TestSandbox;
  let ecs: EcsClient;
  let history: SandboxHistory;
  let admin: SessionUser;

  beforeAll(async () => {
    t = await startTestSandbox();
    ecs = t.client({ maxAttempts: 1 });
    history = await fetchSandboxHistory(t.sandbox.url, t.sandbox.controlToken);
    const user = await insertUser(db(), { username: 'admin', displayName: 'Administrator', passwordHash: 'not-used', role: 'admin' });
    await insertUser(db(), { username: 'zoe', displayName: 'Zoe', passwordHash: 'not-used', role: 'admin' }, new Date(Date.now() + 1_000));
    admin = { userId: user.id, username: user.username, displayName: user.display_name, role: 'admin' };
  });
  afterAll(() => t.close());

  /** The launch page's view after the observer has looked at every batch once. */
  async function observed(launchId: string) {
    await testEngine(db(), ecs).observe(launchId);
    const view = await readLaunch(db(), launchId);
    if (!view || isUnchanged(view)) throw new Error(`no launch ${launchId}`);
    return view;
  }

  it('records both launches once, owned by the first admin, with the sandbox’s InvokeIds', async () => {
    const adopted = await adoptSandboxHistory(db(), history);
    expect(adopted).toHaveLength(2);
    expect(adopted.every((id) => z.uuid().safeParse(id).success)).toBe(true);
    expect(await adoptSandboxHistory(db(), history)).toEqual([]);

    const { rows } = await listLaunches(db(), {}, { limit: 10 });
    expect(rows.map((row) => [row.command_name, row.region_id, row.repeat_mode, row.frequency, row.instance_count, row.batch_count, row.created_by_username])).toEqual([
      ['health-check.sh', 'cn-hangzhou', 'Period', 'rate(1m)', 400, 8, 'admin'],
      ['patch-web.sh', 'cn-shanghai', 'Once', null, 120, 3, 'admin'],
    ]);
    const firstInvokeIds = history.launches.map((launch) => launch.batches[0]?.invokeId);
    expect(rows.map((row) => row.batches[0]?.invokeId)).toEqual(firstInvokeIds.reverse());
    const audit = await listAudit(db(), { limit: 10 });
    expect(audit.filter((entry) => entry.action === 'launch.create').map((entry) => [entry.actorUsername, entry.target])).toEqual(
      expect.arrayContaining(adopted.map((id) => [null, id])),
    );
  });

  it('reads yesterday’s patch as 117 Success and 3 Failed, and Retry failed would take those three', async () => {
    const { rows } = await listLaunches(db(), { repeatMode: 'Once' }, { limit: 10 });
    const patch = await observed(rows[0]?.id ?? '');
    expect(patch.counts).toEqual({ Success: 117, Failed: 3 });
    expect(patch.status).toBe('PartialFailed');
    expect(patch.secretNames).toEqual(['registry_token']);
    const retry = await rerunLaunch(db(), patch.launchId, true);
    expect(retry?.draft.instanceIds).toHaveLength(3);
    expect(retry?.draft.parameters).toContainEqual({ name: 'registry_token', value: '', secret: true });
  });

  it('watches the runaway as Scheduled and stops it on all 400 hosts with one stop', async () => {
    const { rows } = await listLaunches(db(), { repeatMode: 'Period' }, { limit: 10 });
    const launchId = rows[0]?.id ?? '';
    expect((await observed(launchId)).status).toBe('Scheduled');
    const stopped = await stopLaunchBatches({ db: db(), ecs }, admin, { launchId });
    expect(stopped.invokeIds).toHaveLength(8);
    expect(stopped.instances).toBe(400);
    await t.control('POST', '/_sandbox/clock', { advance: '1m' });
    const view = await observed(launchId);
    expect(view.status).toBe('Stopped');
    expect(Object.keys(view.counts)).toEqual(['Cancelled']);
  });

  it('adds nothing to a database that has launches of its own', async () => {
    const other = await startTestSandbox({ seed: 7 });
    try {
      expect(await adoptSandboxHistory(db(), await fetchSandboxHistory(other.sandbox.url, other.sandbox.controlToken))).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
