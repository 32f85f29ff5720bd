import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type SessionUser } from '@/lib/auth/sessions';
import { type Db, migrate, openDb } from '@/lib/db/client';
import { listBatches } from '@/lib/db/launches';
import { type EcsClient } from '@/lib/ecs';
import { ecsClient } from '@/lib/ecs-sandbox/testing/clients';
import { invocationParameters } from '@/lib/ecs-sandbox/testing/invocations';
import { startTestSandbox, type TestSandbox } from '@/lib/ecs/test-sandbox';
import { emptyDraft, type InvokeDraft } from '@/lib/invoke/draft';

import { readInvocation } from './invocation-read';
import { launch } from './launch';
import { resendBatch } from './resend';
import { testEngine } from './test-engine';
import { rerunLaunch } from './rerun';

/**
 * The launch service against the real sandbox over HTTP and a real SQLite file: what is
 * recorded before anything is sent, one InvokeId per batch, resending without duplicates,
 * and what the review page shows once Alibaba has forgotten an InvokeId.
 */
const user: SessionUser = { userId: '00000000-0000-4000-8000-000000000001', username: 'priya', displayName: 'Priya', role: 'operator' };

let t: TestSandbox;
let ecs: EcsClient;
let db: Db;
let dir: string;
let webIds: string[];
let patchWeb: string;
let engine: ReturnType<typeof testEngine>;

/** Request a launch and let the dispatcher send it, as the server does in the background. */
async function launchAndSend(draft: InvokeDraft, launchId: string = crypto.randomUUID()) {
  await launch(engine.deps, user, { launchId, draft });
  await engine.dispatchAll();
  return engine.result(launchId);
}

beforeAll(async () => {
  t = await startTestSandbox();
  // One attempt per call, so an injected failure fails the batch deterministically.
  ecs = t.client({ maxAttempts: 1 });
  dir = mkdtempSync(join(tmpdir(), 'launch-test-'));
  db = openDb({ kind: 'sqlite', file: join(dir, 'test.db') });
  await migrate(db);
  const web = await ecs.describeInstancesPage('cn-shanghai', { tags: [{ key: 'env', value: 'prod' }, { key: 'role', value: 'web' }], status: 'Running', maxResults: 100 });
  webIds = web.items.filter((instance) => !['web-prod-019', 'web-prod-064', 'web-prod-101'].includes(instance.name)).map((instance) => instance.instanceId);
  const commands = await ecs.describeCommands('cn-shanghai', { name: 'patch-web.sh' });
  patchWeb = commands.items[0]?.commandId ?? '';
  engine = testEngine(db, ecs);
});

afterAll(async () => {
  await db.destroy();
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

function patchDraft(instanceIds: string[], token = 'tok-never-stored-8f1'): InvokeDraft {
  return {
    ...emptyDraft('cn-shanghai'),
    commandId: patchWeb,
    instanceIds,
    parameters: [
      { name: 'packages', value: 'nginx', secret: false },
      { name: 'image_tag', value: 'stable', secret: false },
      { name: 'registry_token', value: token, secret: true },
    ],
  };
}

describe('launch', () => {
  it('splits 60 instances into two batches, each its own InvokeCommand and InvokeId, and stores no secret', async () => {
    await t.forget();
    const launchId = crypto.randomUUID();
    const recorded = await launch(engine.deps, user, { launchId, draft: patchDraft(webIds.slice(0, 60)) });
    // Recorded, not sent: the action answers before any InvokeCommand.
    expect(recorded.sendStatus).toBe('queued');
    expect(await t.requests('InvokeCommand')).toEqual([]);
    await engine.dispatchAll();
    const result = await engine.result(launchId);
    expect(result.sendStatus).toBe('sent');
    expect(result.batches.map((batch) => [batch.instanceCount, batch.status])).toEqual([
      [50, 'sent'],
      [10, 'sent'],
    ]);
    expect(new Set(result.batches.map((batch) => batch.invokeId)).size).toBe(2);
    const calls = await t.requests('InvokeCommand');
    expect(calls.map((call) => call.params.ClientToken)).toEqual(result.batches.map((_, index) => `${result.launchId}-b${index}`));
    // Sent: the sealed copies are erased with it, and no row holds the value.
    for (const table of ['launches', 'launch_batches', 'launch_instances', 'audit_log'] as const) {
      expect(JSON.stringify(await db.selectFrom(table).selectAll().execute()), table).not.toContain('tok-never-stored-8f1');
    }
    expect((await listBatches(db, launchId)).map((batch) => batch.secret_box)).toEqual([null, null]);
  });

  it('returns the same launch for the same launch ID instead of sending again', async () => {
    const launchId = crypto.randomUUID();
    const first = await launchAndSend(patchDraft(webIds.slice(0, 2)), launchId);
    await t.forget();
    const again = await launch(engine.deps, user, { launchId, draft: patchDraft(webIds.slice(0, 2)) });
    await engine.dispatchAll();
    expect(again.batches.map((batch) => batch.invokeId)).toEqual(first.batches.map((batch) => batch.invokeId));
    expect(await t.requests('InvokeCommand')).toEqual([]);
  });

  it('refuses an invalid draft before anything is recorded or sent', async () => {
    await t.forget();
    const launchId = crypto.randomUUID();
    const bad = { ...patchDraft(webIds.slice(0, 1)), username: 'u'.repeat(256) };
    await expect(launch(engine.deps, user, { launchId, draft: bad })).rejects.toMatchObject({ status: 422, fieldErrors: { username: [expect.stringContaining('255')] } });
    expect(await t.requests('InvokeCommand')).toEqual([]);
    expect(await listBatches(db, launchId)).toEqual([]);
  });
});

describe('resending a batch that failed to send', () => {
  it('sends it again with its own ClientToken and the secret still sealed: nothing to type', async () => {
    await t.faults({ InvokeCommand: { next: ['ok', 'internalError'] } });
    const result = await launchAndSend(patchDraft(webIds.slice(0, 55), 'tok-kept-sealed'));
    expect(result.sendStatus).toBe('partial');
    expect(result.batches[1]).toMatchObject({ status: 'failed', errorCode: 'InternalError.Dispatch', invokeId: null, secretsKept: true });
    await t.forget();
    await resendBatch(engine.deps, user, { launchId: result.launchId, batchIndex: 1, secrets: {} });
    await engine.dispatchAll();
    const resent = await engine.result(result.launchId);
    expect(resent.sendStatus).toBe('sent');
    expect((await t.requests('InvokeCommand')).map((call) => call.params.ClientToken)).toEqual([`${result.launchId}-b1`]);
    expect(await invocationParameters(ecsClient(t.sandbox), resent.batches[1]?.invokeId ?? '')).toMatchObject({ registry_token: 'tok-kept-sealed' });
  });

  it('asks for the secret once its sealed copy is gone, and a second send brings back the same InvokeId', async () => {
    await t.faults({ InvokeCommand: { next: ['ok', 'internalError'] } });
    const result = await launchAndSend(patchDraft(webIds.slice(0, 55)));
    // As after its 24 hours: the sealed copy is erased.
    await db.updateTable('launch_batches').set({ secret_box: null }).where('launch_id', '=', result.launchId).execute();
    await expect(resendBatch(engine.deps, user, { launchId: result.launchId, batchIndex: 1, secrets: {} })).rejects.toMatchObject({ status: 422 });
    await t.forget();
    await resendBatch(engine.deps, user, { launchId: result.launchId, batchIndex: 1, secrets: { registry_token: 'tok-again' } });
    await engine.dispatchAll();
    const resent = await engine.result(result.launchId);
    expect(resent.sendStatus).toBe('sent');
    const [call] = await t.requests('InvokeCommand');
    expect(call?.params.ClientToken).toBe(`${result.launchId}-b1`);
    // The sandbox's log masks parameter values; Alibaba's record of the invocation has the real one.
    expect(await invocationParameters(ecsClient(t.sandbox), resent.batches[1]?.invokeId ?? '')).toMatchObject({ registry_token: 'tok-again' });

    // Sent a second time on purpose (as if the first reply was lost): same token, same InvokeId.
    const invokeId = resent.batches[1]?.invokeId;
    await db.updateTable('launch_batches').set({ status: 'failed' }).where('launch_id', '=', result.launchId).where('batch_index', '=', 1).execute();
    await resendBatch(engine.deps, user, { launchId: result.launchId, batchIndex: 1, secrets: { registry_token: 'tok-again' } });
    await engine.dispatchAll();
    expect((await engine.result(result.launchId)).batches[1]?.invokeId).toBe(invokeId);
  });
});

describe('after Alibaba forgets an InvokeId', () => {
  it('shows the last recorded state with the reason, and Retry failed still knows what failed', async () => {
    const result = await launchAndSend(patchDraft(webIds.slice(0, 3)));
    const invokeId = result.batches[0]?.invokeId ?? '';
    await t.control('POST', '/_sandbox/clock', { advance: '5m' });
    await engine.observe(result.launchId);
    const live = await readInvocation(db, ecs, invokeId, 'cn-shanghai');
    expect(live).toMatchObject({ source: 'live', invocationStatus: 'Success' });
    expect(live.parameters.find((entry) => entry.name === 'registry_token')?.value).toBe('******');

    await t.control('POST', '/_sandbox/reset');
    // What it ran is kept an hour after it was read; past that, ECS is asked again.
    const remembered = await readInvocation(db, ecs, invokeId, 'cn-shanghai', new Date(Date.now() + 2 * 3_600_000));
    expect(remembered).toMatchObject({ source: 'snapshot', invocationStatus: 'Success', staleReason: expect.stringContaining('30 days') });
    expect(remembered.instances).toHaveLength(3);
    expect(await rerunLaunch(db, result.launchId, true)).toMatchObject({ draft: { instanceIds: [] }, secretNames: ['registry_token'] });
  });
});
