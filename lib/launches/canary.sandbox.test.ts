import { randomBytes } from 'node:crypto';

import { afterAll, beforeAll, expect, it } from 'vitest';

import { type SessionUser } from '@/lib/auth/sessions';
import { listAudit } from '@/lib/db/audit';
import { launchesWithWork } from '@/lib/db/launch-dispatch';
import { findLaunch, listBatches } from '@/lib/db/launches';
import { describeEachDatabase } from '@/lib/db/test-databases';
import { type EcsClient } from '@/lib/ecs';
import { prodWebFleet, startTestSandbox, type TestSandbox } from '@/lib/ecs/test-sandbox';
import { emptyDraft, type InvokeDraft } from '@/lib/invoke/draft';
import { DEFAULT_LIMITS } from '@/lib/invoke/limits';
import { type RateControl } from '@/lib/invoke/rate-control';
import { createWebhook } from '@/lib/notify/service';

import { abortLaunch, readPauses, resumeLaunch } from './canary';
import { launch } from './launch';
import { secretKeyFrom } from './secret-box';
import { testEngine } from './test-engine';

/**
 * Canary batches through the real engine and the sandbox over HTTP, on SQLite and PostgreSQL:
 * the first batch runs, the launch pauses with nothing more sent, a second operator resumes it
 * and every instance runs exactly once; an abort sends none of the rest; a launch that pauses
 * after every batch is let on one batch at a time.
 */
const alice: SessionUser = { userId: '00000000-0000-4000-8000-0000000000c1', username: 'alice', displayName: 'Alice', role: 'operator' };
const marco: SessionUser = { userId: '00000000-0000-4000-8000-0000000000c2', username: 'marco', displayName: 'Marco', role: 'operator' };
const admin: SessionUser = { userId: '00000000-0000-4000-8000-0000000000c3', username: 'root-admin', displayName: 'Admin', role: 'admin' };
const REGION = 'cn-shanghai';
const limits = { ...DEFAULT_LIMITS, instancesPerCall: 5 };

let t: TestSandbox;
let ecs: EcsClient;
let web: string[] = [];
let healthCheck = '';
let patchWeb = '';

beforeAll(async () => {
  t = await startTestSandbox({ limits: { dailyInvocations: 1_000_000 } });
  ecs = t.client({ maxAttempts: 1 });
  web = (await prodWebFleet(ecs, REGION)).map((item) => item.instanceId);
  healthCheck = (await ecs.describeCommands(REGION, { name: 'health-check.sh' })).items[0]?.commandId ?? '';
  patchWeb = (await ecs.describeCommands(REGION, { name: 'patch-web.sh' })).items[0]?.commandId ?? '';
});

afterAll(async () => {
  await t.close();
});

const canary = (pause: 'first' | 'every', size: number): RateControl => ({ concurrency: null, errorThreshold: null, pause, firstBatch: { kind: 'instances', value: size } });

function draft(instanceIds: string[], rateControl: RateControl, secret = false): InvokeDraft {
  if (!secret) return { ...emptyDraft(REGION), commandId: healthCheck, instanceIds, rateControl };
  const parameters = [
    { name: 'packages', value: 'nginx', secret: false },
    { name: 'image_tag', value: 'stable', secret: false },
    { name: 'registry_token', value: 'tok-canary-sealed', secret: true },
  ];
  return { ...emptyDraft(REGION), commandId: patchWeb, instanceIds, parameters, rateControl };
}

/** The instances each of this launch's InvokeCommand calls named, as the sandbox received them. */
async function sentTo(launchId: string): Promise<string[][]> {
  const calls = (await t.requests('InvokeCommand')).filter((call) => (call.params.ClientToken ?? '').startsWith(`${launchId}-b`));
  return calls.map((call) => Object.entries(call.params).flatMap(([key, value]) => (/^InstanceId\.\d+$/.test(key) && value ? [value] : [])));
}

describeEachDatabase('canary batches', (db) => {
  /** Let the sent batches finish in the sandbox, observe them, and dispatch what may go now. */
  async function finishAndDispatch(engine: ReturnType<typeof testEngine>, launchId: string) {
    await t.control('POST', '/_sandbox/clock', { advance: '5m' });
    await engine.observe(launchId);
    await engine.dispatchAll();
  }

  it('runs the first batch, pauses with nothing more sent, and completes every instance once when a second operator resumes it', async () => {
    const engine = testEngine(db(), ecs, { limits });
    const launchId = crypto.randomUUID();
    const chosen = web.slice(0, 12);
    await launch({ ...engine.deps, limits }, alice, { launchId, draft: draft(chosen, canary('first', 2)) });
    expect((await listBatches(db(), launchId)).map((batch) => (JSON.parse(batch.instance_ids) as string[]).length)).toEqual([2, 5, 5]);

    await engine.dispatchAll();
    expect(await sentTo(launchId)).toEqual([chosen.slice(0, 2)]);
    await finishAndDispatch(engine, launchId);
    // Paused: recorded once, the launch says so, no dispatcher looks at it, and the sandbox got nothing more.
    expect(await sentTo(launchId)).toEqual([chosen.slice(0, 2)]);
    expect((await findLaunch(db(), launchId))?.status).toBe('Paused');
    expect(await readPauses(db(), launchId)).toEqual([expect.objectContaining({ beforeBatch: 1, resumedBy: null, abortedBy: null })]);
    expect(await launchesWithWork(db(), new Date(), 100)).not.toContain(launchId);
    await engine.dispatchAll();
    expect(await sentTo(launchId)).toHaveLength(1);

    await resumeLaunch({ db: db() }, marco, { launchId });
    await expect(resumeLaunch({ db: db() }, alice, { launchId })).rejects.toMatchObject({ status: 409, message: expect.stringContaining('marco resumed it') });
    await engine.dispatchAll();
    await finishAndDispatch(engine, launchId);
    const calls = await sentTo(launchId);
    expect(calls.flat().sort()).toEqual([...chosen].sort());
    expect(new Set(calls.flat()).size).toBe(12);
    expect(await findLaunch(db(), launchId)).toMatchObject({ send_status: 'sent', status: 'Success' });
    expect(await readPauses(db(), launchId)).toEqual([expect.objectContaining({ beforeBatch: 1, resumedBy: 'marco' })]);
    const audit = await listAudit(db(), { limit: 20, target: launchId });
    expect(audit.map((entry) => [entry.action, entry.actorUsername])).toEqual(expect.arrayContaining([['launch.pause', null], ['launch.resume', 'marco']]));
    expect(JSON.parse(audit.find((entry) => entry.action === 'launch.resume')?.detail ?? '{}')).toEqual({ afterBatch: 1, ran: 2, succeeded: 2, failed: 0, remaining: 10 });
  });

  it('an abort at the pause sends none of the rest and erases their sealed secrets; the pause and the abort are told, not a halt', async () => {
    const engine = testEngine(db(), ecs, { limits });
    const events = ['launch.paused', 'launch.aborted', 'launch.halted'] as const;
    await createWebhook({ db: db(), key: secretKeyFrom(randomBytes(32)), allowPrivate: true }, { name: 'Canary watch', kind: 'generic', url: 'http://127.0.0.1:9/canary', secret: 'canary-signing-secret-0001', events: [...events], scope: 'all', enabled: true }, admin);
    const launchId = crypto.randomUUID();
    const chosen = web.slice(20, 32);
    await launch({ ...engine.deps, limits }, alice, { launchId, draft: draft(chosen, canary('first', 3), true) });
    await engine.dispatchAll();
    await finishAndDispatch(engine, launchId);
    expect((await findLaunch(db(), launchId))?.status).toBe('Paused');

    await expect(abortLaunch({ db: db() }, marco, { launchId })).resolves.toEqual({ notSent: 2 });
    await expect(resumeLaunch({ db: db() }, alice, { launchId })).rejects.toMatchObject({ status: 409, message: expect.stringContaining('marco aborted it') });
    await engine.dispatchAll();
    expect(await sentTo(launchId)).toEqual([chosen.slice(0, 3)]);
    const batches = await listBatches(db(), launchId);
    expect(batches.map((batch) => [batch.status, batch.error_code, batch.secret_box])).toEqual([
      ['sent', null, null],
      ['skipped', 'Aborted', null],
      ['skipped', 'Aborted', null],
    ]);
    const launchRow = await findLaunch(db(), launchId);
    expect(launchRow).toMatchObject({ send_status: 'halted', halt_reason: 'Aborted by marco after batch 1: the remaining 9 instances were not sent.' });
    const audit = await listAudit(db(), { limit: 20, target: launchId });
    expect(audit.find((entry) => entry.action === 'launch.abort')).toMatchObject({ actorUsername: 'marco' });
    const told = await db().selectFrom('notification_events').select(['kind', 'payload']).where('launch_id', '=', launchId).orderBy('created_at').execute();
    expect(told.map((event) => event.kind)).toEqual(['launch.paused', 'launch.aborted']);
    expect(JSON.parse(told[1]?.payload ?? '{}')).toMatchObject({ actor: 'marco', counts: { Success: 3, Skipped: 9 } });
  });

  it('pausing after every batch lets one batch on per resume', async () => {
    const engine = testEngine(db(), ecs, { limits });
    const launchId = crypto.randomUUID();
    const chosen = web.slice(40, 51);
    await launch({ ...engine.deps, limits }, alice, { launchId, draft: draft(chosen, canary('every', 1)) });
    await engine.dispatchAll();
    await finishAndDispatch(engine, launchId);
    expect((await sentTo(launchId)).map((call) => call.length)).toEqual([1]);

    await resumeLaunch({ db: db() }, marco, { launchId });
    await engine.dispatchAll();
    await finishAndDispatch(engine, launchId);
    expect((await sentTo(launchId)).map((call) => call.length)).toEqual([1, 5]);
    expect((await readPauses(db(), launchId)).map((pause) => [pause.beforeBatch, pause.resumedBy])).toEqual([
      [1, 'marco'],
      [2, null],
    ]);

    await resumeLaunch({ db: db() }, alice, { launchId });
    await engine.dispatchAll();
    await finishAndDispatch(engine, launchId);
    expect((await sentTo(launchId)).flat().sort()).toEqual([...chosen].sort());
    expect((await findLaunch(db(), launchId))?.status).toBe('Success');
  });
});
