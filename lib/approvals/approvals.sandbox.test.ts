import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type SessionUser } from '@/lib/auth/sessions';
import { type Db, migrate, openDb } from '@/lib/db/client';
import { listBatches } from '@/lib/db/launches';
import { instanceIds, pick } from '@/lib/ecs-sandbox/testing/lookup';
import { ecsClient } from '@/lib/ecs-sandbox/testing/clients';
import { tagInstances } from '@/lib/ecs-sandbox/testing/invocations';
import { startTestSandbox, type TestSandbox } from '@/lib/ecs/test-sandbox';
import { emptyDraft, type InvokeDraft } from '@/lib/invoke/draft';
import { launch } from '@/lib/launches/launch';
import { stopLaunchBatches } from '@/lib/launches/stop';
import { testEngine } from '@/lib/launches/test-engine';

import { addApprovalRule, decideLaunch, expireApprovalRequests } from './service';

/**
 * The two-person rule through the real engine, a real SQLite file and the sandbox over HTTP:
 * a launch a rule covers is recorded as requested and sends nothing; its requester cannot
 * approve it; a second operator's approval sends it as reviewed; a rejected or expired one is
 * never sent and its sealed secret is erased.
 */
const priya: SessionUser = { userId: '00000000-0000-4000-8000-0000000000a1', username: 'priya', displayName: 'Priya', role: 'operator' };
const marco: SessionUser = { userId: '00000000-0000-4000-8000-0000000000a2', username: 'marco', displayName: 'Marco', role: 'operator' };
const admin: SessionUser = { userId: '00000000-0000-4000-8000-0000000000a3', username: 'root-admin', displayName: 'Admin', role: 'admin' };

let t: TestSandbox;
let db: Db;
let dir: string;
let ids: Map<string, string>;
let engine: ReturnType<typeof testEngine>;

beforeAll(async () => {
  t = await startTestSandbox();
  dir = mkdtempSync(join(tmpdir(), 'approvals-'));
  db = openDb({ kind: 'sqlite', file: join(dir, 'test.db') });
  await migrate(db);
  ids = await instanceIds(ecsClient(t.sandbox));
  engine = testEngine(db, t.client({ maxAttempts: 1 }));
  // "More than 2 instances, or any instance tagged env=prod", in cn-shanghai.
  await addApprovalRule(db, admin, { regionId: 'cn-shanghai', minInstances: 2, tagKey: '', tagValue: '' });
  await addApprovalRule(db, admin, { regionId: '', minInstances: null, tagKey: 'env', tagValue: 'prod' });
});

afterAll(async () => {
  await db.destroy();
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

function draft(names: string[], token = 'tok-approval-secret'): InvokeDraft {
  return {
    ...emptyDraft('cn-shanghai'),
    instanceIds: pick(ids, ...names),
    script: { type: 'RunShellScript', content: 'echo {{token}} | wc -c', enableParameter: true, name: 'approval-probe', keepCommand: false },
    parameters: [{ name: 'token', value: token, secret: true }],
  };
}

async function request(names: string[]): Promise<string> {
  const launchId = crypto.randomUUID();
  const recorded = await launch(engine.deps, priya, { launchId, draft: draft(names) });
  expect(recorded.approval).toMatchObject({ state: 'requested', requestedBy: 'priya' });
  await engine.dispatchAll();
  return launchId;
}

describe('a launch that needs approval', () => {
  it('is requested, not sent; its requester cannot approve; a second operator approves and it is sent as reviewed', async () => {
    await t.forget();
    const launchId = await request(['worker-staging-01', 'worker-staging-02', 'worker-staging-03']);
    expect((await engine.result(launchId)).approval?.reason).toContain('more than 2 instances (3)');
    expect(await t.requests('RunCommand')).toEqual([]);

    await expect(decideLaunch(engine.deps, priya, { launchId, decision: 'approve', comment: '' })).rejects.toMatchObject({ status: 403 });
    await decideLaunch(engine.deps, marco, { launchId, decision: 'approve', comment: 'looks right' });
    await engine.dispatchAll();
    const sent = await engine.result(launchId);
    expect(sent).toMatchObject({ sendStatus: 'sent', approval: { state: 'approved', decidedBy: 'marco', comment: 'looks right' } });
    const [call] = await t.requests('RunCommand');
    expect(call?.params.CommandContent).toBe('echo {{token}} | wc -c');
    await expect(decideLaunch(engine.deps, marco, { launchId, decision: 'reject', comment: 'too late' })).rejects.toMatchObject({ status: 409 });
    const audit = await db.selectFrom('audit_log').select(['action', 'actor_username']).where('target', '=', launchId).execute();
    expect(audit.map((row) => [row.action, row.actor_username])).toEqual(expect.arrayContaining([['launch.create', 'priya'], ['launch.approve', 'marco']]));
  });

  it('an instance tagged env=prod needs approval whatever the count; rejected, it is never sent and its secret is erased', async () => {
    await t.forget();
    const launchId = await request(['redis-prod-02']);
    expect((await engine.result(launchId)).approval?.reason).toBe('an instance tagged env=prod');
    await expect(decideLaunch(engine.deps, marco, { launchId, decision: 'reject', comment: '' })).rejects.toMatchObject({ status: 422 });
    await decideLaunch(engine.deps, marco, { launchId, decision: 'reject', comment: 'not during the freeze' });
    await engine.dispatchAll();
    expect(await t.requests('RunCommand')).toEqual([]);
    const batches = await listBatches(db, launchId);
    expect(batches.map((batch) => [batch.status, batch.error_code, batch.secret_box])).toEqual([['skipped', 'Rejected', null]]);
    expect((await engine.result(launchId)).approval).toMatchObject({ state: 'rejected', decidedBy: 'marco', comment: 'not during the freeze' });
  });

  it('expires after 24 hours undecided, never sent', async () => {
    await t.forget();
    const launchId = await request(['redis-prod-03']);
    expect(await expireApprovalRequests(db, new Date(Date.now() + 25 * 3_600_000))).toBe(1);
    await engine.dispatchAll();
    expect(await t.requests('RunCommand')).toEqual([]);
    expect((await engine.result(launchId)).approval?.state).toBe('expired');
    await expect(decideLaunch(engine.deps, marco, { launchId, decision: 'approve', comment: '' })).rejects.toMatchObject({ status: 409 });
  });

  it('a launch no rule covers goes straight out', async () => {
    await t.forget();
    const launchId = crypto.randomUUID();
    const recorded = await launch(engine.deps, priya, { launchId, draft: draft(['worker-staging-09']) });
    expect(recorded.approval).toBeNull();
    await engine.dispatchAll();
    expect(await t.requests('RunCommand')).toHaveLength(1);
  });
});

describe('stopping a launch awaiting approval', () => {
  it('withdraws the request and sends nothing', async () => {
    await t.forget();
    const launchId = await request(['redis-prod-04']);
    await stopLaunchBatches({ db, ecs: t.client() }, priya, { launchId });
    await engine.dispatchAll();
    expect(await t.requests('RunCommand')).toEqual([]);
    expect((await engine.result(launchId)).approval).toMatchObject({ state: 'rejected', decidedBy: 'priya', comment: 'Stopped before it was approved.' });
    await expect(decideLaunch(engine.deps, marco, { launchId, decision: 'approve', comment: '' })).rejects.toMatchObject({ status: 409 });
  });
});

describe('a tag target', () => {
  it('is judged by what its tags match now: one staging host goes out, the cache tier waits', async () => {
    await t.forget();
    await tagInstances(ecsClient(t.sandbox), pick(ids, 'worker-staging-12'), { solo: 'approvals-test' });
    const solo = { ...draft([]), resourceTags: [{ key: 'solo', value: 'approvals-test' }] };
    expect((await launch(engine.deps, priya, { launchId: crypto.randomUUID(), draft: solo })).approval).toBeNull();
    const cache = { ...draft([]), resourceTags: [{ key: 'role', value: 'cache' }] };
    const held = await launch(engine.deps, priya, { launchId: crypto.randomUUID(), draft: cache });
    expect(held.approval?.reason).toMatch(/more than 2 instances \(\d+\)/);
  });
});
