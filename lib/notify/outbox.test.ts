import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { type Db, migrate, openDb } from '@/lib/db/client';
import { inTransaction, updateBatch } from '@/lib/db/launch-dispatch';
import { markInstances } from '@/lib/db/launch-instances';
import { bumpLaunch, findLaunch, insertLaunch, listBatches } from '@/lib/db/launches';
import { haltLaunch } from '@/lib/launches/dispatch-record';
import { claimDeliveries, deliveryCounts, listLaunchDeliveries, purgeSettledEvents, setLaunchWebhooks } from '@/lib/db/notify';
import { createPostgresSchema } from '@/lib/db/test-databases';
import { secretKeyFrom } from '@/lib/launches/secret-box';
import { settleLaunch } from '@/lib/launches/settle';

import { enqueueNotification } from './enqueue';
import { createWebhook } from './service';
import { verifySignature } from './sign';
import { type Received, startReceiver } from './test-receiver';
import { DeliveryWorker } from './worker';

const SECRET = 'whsec-outbox-test-0123456789';
const key = secretKeyFrom(randomBytes(32));
const admin = { userId: 'u-admin', username: 'ada' };

/** Two replicas' connections to one database: two SQLite connections to one file, or two PostgreSQL pools. */
function describeReplicas(name: string, suite: (dbs: () => [Db, Db]) => void): void {
  describe(`${name} [SQLite]`, () => {
    let dir = '';
    let dbs: [Db, Db] | undefined;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'invokedeck-outbox-'));
      const first = openDb({ kind: 'sqlite', file: join(dir, 'test.db') });
      await migrate(first);
      dbs = [first, openDb({ kind: 'sqlite', file: join(dir, 'test.db') })];
    });
    afterAll(async () => {
      for (const db of dbs ?? []) await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    });
    suite(() => dbs as [Db, Db]);
  });
  describe(`${name} [PostgreSQL]`, () => {
    let schema: Awaited<ReturnType<typeof createPostgresSchema>> | undefined;
    let second: Db | undefined;
    beforeAll(async () => {
      schema = await createPostgresSchema();
      second = openDb({ kind: 'postgres', url: schema.url, connections: 4 });
    });
    afterAll(async () => {
      await second?.destroy();
      await schema?.drop();
    });
    suite(() => [schema?.db as Db, second as Db]);
  });
}

/** A one-batch launch on `instances` hosts, recorded as sent and still running. */
async function runningLaunch(db: Db, instances = 2): Promise<string> {
  const id = randomUUID();
  const instanceIds = Array.from({ length: instances }, (_, index) => `i-${id.slice(0, 6)}${index}`);
  await insertLaunch(
    db,
    {
      id,
      created_at: new Date().toISOString(),
      created_by: 'u-1',
      created_by_username: 'priya',
      region_id: 'cn-shanghai',
      command_id: 'c-patch',
      command_name: 'patch-web.sh',
      command_type: 'RunShellScript',
      repeat_mode: 'Once',
      frequency: null,
      instance_count: instances,
      batch_count: 1,
      draft: '{}',
      preset_id: null,
      rate_control: null,
      request_template: null,
      secrets_expire_at: null,
    },
    [{ id: randomUUID(), batch_index: 0, client_token: `${id}-0`, instance_ids: JSON.stringify(instanceIds), secret_box: null }],
  );
  await observe(db, id, 'Running', instanceIds.map(() => 'Running'));
  return id;
}

/** A launch refused approval, nothing sent yet (its batch still pending). */
async function runningLaunchUnsent(db: Db, id: string): Promise<string> {
  await insertLaunch(
    db,
    {
      id,
      created_at: new Date().toISOString(),
      created_by: 'u-1',
      created_by_username: 'priya',
      region_id: 'cn-shanghai',
      command_id: 'c-patch',
      command_name: 'patch-web.sh',
      command_type: 'RunShellScript',
      repeat_mode: 'Once',
      frequency: null,
      instance_count: 1,
      batch_count: 1,
      draft: '{}',
      preset_id: null,
      rate_control: null,
      request_template: null,
      secrets_expire_at: null,
      approval_state: 'rejected',
    },
    [{ id: randomUUID(), batch_index: 0, client_token: `${id}-0`, instance_ids: JSON.stringify([`i-${id.slice(0, 6)}`]), secret_box: null }],
  );
  return id;
}

/** What the observer writes when it reads the batch's invocation: its status and its instances'. */
async function observe(db: Db, launchId: string, status: string, instanceStatuses: string[]): Promise<void> {
  await inTransaction(db, async (tx) => {
    const [batch] = await listBatches(tx, launchId);
    if (!batch) throw new Error('no batch');
    const seq = await bumpLaunch(tx, launchId);
    await updateBatch(tx, batch.id, { status: 'sent', invoke_id: `t-${launchId.slice(0, 8)}`, invocation_status: status }, seq, new Date());
    const ids = JSON.parse(batch.instance_ids) as string[];
    for (const [index, instanceId] of ids.entries()) await markInstances(tx, launchId, { instanceIds: [instanceId] }, { status: instanceStatuses[index] ?? status }, seq);
    await settleLaunch(tx, launchId);
  });
}

function worker(db: Db, owner: string, clock: () => Date, options: { maxAttempts?: number } = {}): DeliveryWorker {
  return new DeliveryWorker({ db, owner, key, publicUrl: 'https://deck.example.com', maxAttempts: options.maxAttempts ?? 5, timeoutMs: 2_000, allowPrivate: true, backoffBaseMs: 60_000, now: clock, random: () => 0.5 });
}

/** Run workers until a pass handles nothing. */
async function drain(workers: DeliveryWorker[]): Promise<void> {
  for (let pass = 0; pass < 50; pass++) {
    const handled = await Promise.all(workers.map((each) => each.tick()));
    if (handled.every((count) => count === 0)) return;
  }
  throw new Error('the outbox did not drain');
}

function signed(request: Received, at: Date): boolean {
  const header = (name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  return verifySignature(SECRET, { timestamp: header('x-invokedeck-timestamp'), signature: header('x-invokedeck-signature') }, request.body, Math.floor(at.getTime() / 1000));
}

describeReplicas('the notifications outbox', (dbs) => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let webhookId = '';

  beforeAll(async () => {
    receiver = await startReceiver();
    const [db] = dbs();
    ({ id: webhookId } = await createWebhook({ db, key, allowPrivate: true }, { name: 'Ops receiver', kind: 'generic', url: receiver.url, secret: SECRET, events: ['launch.succeeded', 'launch.failed', 'launch.halted', 'launch.stopped'], scope: 'all', enabled: true }, admin));
  });
  afterAll(async () => {
    await receiver.close();
  });
  beforeEach(async () => {
    // Each test starts with an empty outbox and a receiver that answers 200.
    await drain(dbs().map((db, index) => worker(db, `cleanup-${index}`, () => new Date(Date.now() + 86_400_000), { maxAttempts: 1 })));
    receiver.received.length = 0;
    receiver.answer([]);
  });

  it('queues one event when a launch becomes final, in the writer\u2019s transaction; settling again adds nothing', async () => {
    const [db] = dbs();
    const launchId = await runningLaunch(db);
    expect(await listLaunchDeliveries(db, launchId)).toEqual([]);
    await observe(db, launchId, 'PartialFailed', ['Success', 'Failed']);
    await inTransaction(db, (tx) => settleLaunch(tx, launchId));
    const deliveries = await listLaunchDeliveries(db, launchId);
    expect(deliveries.map((row) => [row.kind, row.webhook_name, row.status])).toEqual([['launch.failed', 'Ops receiver', 'pending']]);
  });

  it('a launch whose approval was refused is not told as finished: the approvals work sends launch.rejected itself', async () => {
    const [db] = dbs();
    const rejected = await runningLaunchUnsent(db, randomUUID());
    await inTransaction(db, async (tx) => {
      const launch = await findLaunch(tx, rejected);
      if (launch) await haltLaunch(tx, launch, 'Rejected by marco: not in the freeze window', new Date());
    });
    expect((await findLaunch(db, rejected))?.status).toBe('Stopped');
    expect(await listLaunchDeliveries(db, rejected)).toEqual([]);
  });

  it('two replicas\u2019 workers racing over the same outbox post each event once, signed', async () => {
    const [first, second] = dbs();
    const launches = await Promise.all(Array.from({ length: 6 }, () => runningLaunch(first)));
    for (const launchId of launches) await observe(first, launchId, 'Success', ['Success', 'Success']);
    await drain([worker(first, 'replica-a', () => new Date()), worker(second, 'replica-b', () => new Date())]);
    expect(receiver.received).toHaveLength(6);
    expect(new Set(receiver.received.map((request) => request.headers['x-invokedeck-delivery'])).size).toBe(6);
    for (const request of receiver.received) {
      expect(signed(request, new Date())).toBe(true);
      expect(JSON.parse(request.body)).toMatchObject({ event: 'launch.succeeded', counts: { Success: 2 } });
    }
    expect(new Set(receiver.received.map((request) => (JSON.parse(request.body) as { launch: { id: string } }).launch.id))).toEqual(new Set(launches));
    for (const launchId of launches) expect((await listLaunchDeliveries(first, launchId)).map((row) => [row.status, row.last_status_code, row.attempts])).toEqual([['delivered', 200, 1]]);
  });

  it('retries after a 500 once the backoff has passed, with the same delivery ID and a fresh signature', async () => {
    const [db] = dbs();
    receiver.answer([500]);
    const launchId = await runningLaunch(db);
    await observe(db, launchId, 'Failed', ['Failed', 'Failed']);
    let clock = new Date();
    const replica = worker(db, 'replica-a', () => clock);
    expect(await replica.tick()).toBe(1);
    const [waiting] = await listLaunchDeliveries(db, launchId);
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1, last_status_code: 500, last_error: 'The receiver answered HTTP 500.' });
    // Backoff with jitter: between half and all of the base for the first retry (random() = 0.5 here: three quarters).
    expect(new Date(waiting?.next_attempt_at ?? 0).getTime() - clock.getTime()).toBe(45_000);
    expect(await replica.tick()).toBe(0);
    clock = new Date(clock.getTime() + 45_001);
    expect(await replica.tick()).toBe(1);
    expect((await listLaunchDeliveries(db, launchId)).map((row) => [row.status, row.last_status_code, row.attempts])).toEqual([['delivered', 200, 2]]);
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[0]?.headers['x-invokedeck-delivery']).toBe(receiver.received[1]?.headers['x-invokedeck-delivery']);
    expect(receiver.received.every((request) => signed(request, clock))).toBe(true);
  });

  it('gives up after the last attempt, and at once on a 4xx that will not get better', async () => {
    const [db] = dbs();
    receiver.answer([503, 503, 404]);
    const launchId = await runningLaunch(db);
    await observe(db, launchId, 'Success', ['Success', 'Success']);
    let clock = new Date();
    const replica = worker(db, 'replica-a', () => clock, { maxAttempts: 2 });
    await replica.tick();
    clock = new Date(clock.getTime() + 3_600_000);
    await replica.tick();
    expect((await listLaunchDeliveries(db, launchId)).map((row) => [row.status, row.attempts, row.last_status_code])).toEqual([['failed', 2, 503]]);

    const other = await runningLaunch(db);
    await observe(db, other, 'Success', ['Success', 'Success']);
    await replica.tick();
    expect((await listLaunchDeliveries(db, other)).map((row) => [row.status, row.attempts, row.last_status_code])).toEqual([['failed', 1, 404]]);
    // What the metrics endpoint reports: deliveries by status, these two among the failed.
    expect((await deliveryCounts(db)).failed).toBeGreaterThanOrEqual(2);
  });

  it('survives a restart: a delivery held by a worker that died is taken over once its lease expires', async () => {
    const [first, second] = dbs();
    const launchId = await runningLaunch(first);
    await observe(first, launchId, 'Stopped', ['Stopped', 'Stopped']);
    const now = new Date();
    const held = await claimDeliveries(first, 'replica-that-died', now, new Date(now.getTime() + 30_000), 10);
    expect(held).toHaveLength(1);
    expect(await worker(second, 'replica-b', () => new Date(now.getTime() + 10_000)).tick()).toBe(0);
    expect(await worker(second, 'replica-b', () => new Date(now.getTime() + 30_001)).tick()).toBe(1);
    expect(receiver.received).toHaveLength(1);
    expect((await listLaunchDeliveries(first, launchId)).map((row) => row.status)).toEqual(['delivered']);
  });

  it('records an event once per dedupe key; an opt-in webhook hears only of launches that picked it', async () => {
    const [db] = dbs();
    const optIn = await startReceiver();
    try {
      const { id: optInId } = await createWebhook({ db, key, allowPrivate: true }, { name: 'Team channel', kind: 'slack', url: optIn.url, secret: '', events: ['launch.succeeded'], scope: 'opt_in', enabled: true }, admin);
      const picked = await runningLaunch(db);
      const notPicked = await runningLaunch(db);
      await inTransaction(db, (tx) => setLaunchWebhooks(tx, picked, [optInId, randomUUID()]));
      for (const launchId of [picked, notPicked]) await observe(db, launchId, 'Success', ['Success', 'Success']);
      expect((await listLaunchDeliveries(db, picked)).map((row) => row.webhook_name).sort()).toEqual(['Ops receiver', 'Team channel']);
      expect((await listLaunchDeliveries(db, notPicked)).map((row) => row.webhook_name)).toEqual(['Ops receiver']);

      const [delivery] = await listLaunchDeliveries(db, notPicked);
      const again = await inTransaction(db, async (tx) => {
        const event = { kind: 'launch.succeeded' as const, dedupeKey: `launch:${notPicked}:again`, at: new Date().toISOString(), launch: { id: notPicked, regionId: 'cn-shanghai', commandName: 'x', commandId: 'c', repeatMode: 'Once', status: 'Success', sendStatus: 'sent', instanceCount: 2, batchCount: 1, createdBy: 'priya', createdAt: '', haltReason: null, presetId: null }, counts: {} };
        return [await enqueueNotification(tx, event), await enqueueNotification(tx, event)];
      });
      expect(again).toEqual([1, 0]);
      expect(delivery?.kind).toBe('launch.succeeded');
      await drain([worker(db, 'replica-a', () => new Date())]);
      expect(optIn.received).toHaveLength(1);
      expect(JSON.parse(optIn.received[0]?.body ?? '{}')).toMatchObject({ text: expect.stringContaining('Launch of patch-web.sh succeeded on every instance') as unknown });
      expect(webhookId).not.toBe('');
    } finally {
      await optIn.close();
    }
  });

  it('housekeeping forgets a month-old event once it is delivered, never one still pending', async () => {
    const [db] = dbs();
    const delivered = await runningLaunch(db);
    const pending = await runningLaunch(db);
    await observe(db, delivered, 'Success', ['Success', 'Success']);
    await drain([worker(db, 'replica-a', () => new Date())]);
    await observe(db, pending, 'Success', ['Success', 'Success']);
    const now = new Date();
    expect(await purgeSettledEvents(db, now)).toBeGreaterThanOrEqual(1);
    expect(await listLaunchDeliveries(db, delivered)).toEqual([]);
    expect((await listLaunchDeliveries(db, pending)).map((row) => row.status)).toEqual(['pending']);
    // A later pass with the pending one delivered forgets it too; a cut-off before it keeps it.
    await drain([worker(db, 'replica-a', () => new Date())]);
    expect(await purgeSettledEvents(db, new Date(now.getTime() - 60_000))).toBe(0);
    expect(await purgeSettledEvents(db, new Date(Date.now() + 1_000))).toBeGreaterThanOrEqual(1);
    expect(await listLaunchDeliveries(db, pending)).toEqual([]);
  });
});
