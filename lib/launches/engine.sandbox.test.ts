import { afterAll, beforeAll, expect, it } from 'vitest';

import { type SessionUser } from '@/lib/auth/sessions';
import { listAudit } from '@/lib/db/audit';
import { launchesWithWork } from '@/lib/db/launch-dispatch';
import { findLaunch, listBatches, listInstances } from '@/lib/db/launches';
import { quotaDay, quotaUsed } from '@/lib/db/quota';
import { describeEachDatabase } from '@/lib/db/test-databases';
import { type EcsClient } from '@/lib/ecs';
import { prodWebFleet, startTestSandbox, type TestSandbox } from '@/lib/ecs/test-sandbox';
import { emptyDraft, type InvokeDraft } from '@/lib/invoke/draft';
import { DEFAULT_LIMITS } from '@/lib/invoke/limits';
import { type RateControl } from '@/lib/invoke/rate-control';

import { type RequestTemplate, requestFor } from './batch-request';
import { Dispatcher } from './dispatcher';
import { launch } from './launch';
import { isUnchanged, readLaunch } from './launch-read';
import { Observer } from './observer';
import { openSecrets } from './secret-box';
import { stopLaunchBatches } from './stop';
import { sendRequest } from './send-request';
import { testEngine } from './test-engine';

/**
 * The launch engine against the real sandbox over HTTP, on SQLite and on PostgreSQL: batches
 * sent once whoever dispatches them, a crashed dispatcher's batch finished by another with
 * the same InvokeId, rate control, the checks before each batch, and one observer for any
 * number of viewers.
 */
const user: SessionUser = { userId: '00000000-0000-4000-8000-0000000000e1', username: 'nadia', displayName: 'Nadia', role: 'operator' };
const REGION = 'cn-shanghai';

let t: TestSandbox;
let ecs: EcsClient;
let web: { instanceId: string; name: string }[] = [];
let patchWeb = '';
let healthCheck = '';

beforeAll(async () => {
  t = await startTestSandbox({ limits: { dailyInvocations: 1_000_000 } });
  ecs = t.client({ maxAttempts: 1 });
  web = await prodWebFleet(ecs, REGION);
  patchWeb = (await ecs.describeCommands(REGION, { name: 'patch-web.sh' })).items[0]?.commandId ?? '';
  healthCheck = (await ecs.describeCommands(REGION, { name: 'health-check.sh' })).items[0]?.commandId ?? '';
});

afterAll(async () => {
  await t.close();
});

const ids = (from: number, to: number) => web.slice(from, to).map((item) => item.instanceId);
const byName = (name: string) => web.find((item) => item.name === name)?.instanceId ?? name;

function draft(commandId: string, instanceIds: string[], rateControl?: RateControl): InvokeDraft {
  const parameters =
    commandId === patchWeb
      ? [
          { name: 'packages', value: 'nginx', secret: false },
          { name: 'image_tag', value: 'stable', secret: false },
          { name: 'registry_token', value: 'tok-engine-sealed', secret: true },
        ]
      : [];
  return { ...emptyDraft(REGION), commandId, instanceIds, parameters, ...(rateControl ? { rateControl } : {}) };
}

/** This launch's InvokeCommand calls since the last forget() (its ClientTokens are `<launchId>-b<n>`). */
async function callsOf(launchId: string) {
  return (await t.requests('InvokeCommand')).filter((call) => (call.params.ClientToken ?? '').startsWith(`${launchId}-b`));
}

/** InvokeCommand calls per ClientToken of a launch since the last forget(). */
async function callsPerToken(launchId: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const call of await callsOf(launchId)) counts.set(call.params.ClientToken ?? '', (counts.get(call.params.ClientToken ?? '') ?? 0) + 1);
  return counts;
}

describeEachDatabase('the launch engine', (db) => {
  it('records a launch without sending; two dispatchers racing send each batch exactly once, its secret erased once sent', async () => {
    const engine = testEngine(db(), ecs);
    const launchId = crypto.randomUUID();
    await t.forget();
    await launch(engine.deps, user, { launchId, draft: draft(patchWeb, ids(0, 100).filter((id) => ![byName('web-prod-019'), byName('web-prod-064')].includes(id)).slice(0, 90), { concurrency: { kind: 'batches', value: 100 }, errorThreshold: null }) });
    expect(await callsOf(launchId)).toEqual([]);
    const sealed = await listBatches(db(), launchId);
    expect(sealed.every((batch) => batch.secret_box && !batch.secret_box.includes('tok-engine-sealed'))).toBe(true);

    // Slow sends, so the two dispatchers overlap.
    await t.faults({ InvokeCommand: { latencyMs: 150 } });
    const second = new Dispatcher({ db: db(), ecs, secretKey: engine.secretKey, limits: DEFAULT_LIMITS, owner: 'second-dispatcher', maxAttempts: 1 });
    await Promise.all([engine.dispatcher.tick(), second.tick(), engine.dispatcher.tick(), second.tick()]);
    await engine.dispatchAll();
    await t.faults({});
    const counts = await callsPerToken(launchId);
    expect([...counts.values()]).toEqual([1, 1]);
    const batches = await listBatches(db(), launchId);
    expect(batches.map((batch) => batch.status)).toEqual(['sent', 'sent']);
    expect(batches.map((batch) => batch.secret_box)).toEqual([null, null]);
  });

  it('leases only the batches it has room to send: a busy dispatcher leaves the rest to another replica', async () => {
    const engine = testEngine(db(), ecs);
    // The first dispatcher's InvokeCommand calls hang until released: both of its slots stay busy.
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: EcsClient = { ...ecs, invokeCommand: async (region, input) => gate.then(() => ecs.invokeCommand(region, input)) };
    const busy = new Dispatcher({ db: db(), ecs: slow, secretKey: engine.secretKey, limits: DEFAULT_LIMITS, owner: 'busy-dispatcher', parallel: 2, maxAttempts: 1 });
    const launchIds = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    for (const [index, launchId] of launchIds.entries()) await launch(engine.deps, user, { launchId, draft: draft(healthCheck, ids(170 + index, 171 + index)) });
    const batchesOf = async () => (await Promise.all(launchIds.map((launchId) => listBatches(db(), launchId)))).flat();

    const busyPass = busy.tick();
    for (let wait = 0; (await batchesOf()).filter((batch) => batch.lease_owner === 'busy-dispatcher').length < 2; wait++) {
      if (wait > 200) throw new Error('the busy dispatcher never claimed its two batches');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    // Two held (one per slot), two left unleased: another dispatcher sends those now.
    expect((await batchesOf()).filter((batch) => batch.lease_owner === 'busy-dispatcher')).toHaveLength(2);
    const other = new Dispatcher({ db: db(), ecs, secretKey: engine.secretKey, limits: DEFAULT_LIMITS, owner: 'other-dispatcher', parallel: 4, maxAttempts: 1 });
    expect(await other.tick()).toBe(2);
    release();
    expect(await busyPass).toBe(2);
    const batches = await batchesOf();
    expect(batches.map((batch) => batch.status)).toEqual(['sent', 'sent', 'sent', 'sent']);
    expect(new Set(batches.map((batch) => batch.invoke_id)).size).toBe(4);
  });

  it('takes the launch that has waited longest first, so newer launches cannot pass it over under load', async () => {
    const engine = testEngine(db(), ecs);
    const launchIds = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    for (const [index, launchId] of launchIds.entries()) await launch(engine.deps, user, { launchId, draft: draft(healthCheck, ids(180 + index, 181 + index)) });
    // Recorded in the order 0, 1, 2; made to have waited 2 longest, then 0, then 1.
    const waitingSince = ['2000-01-02T00:00:00.000Z', '2000-01-03T00:00:00.000Z', '2000-01-01T00:00:00.000Z'];
    for (const [index, launchId] of launchIds.entries()) await db().updateTable('launch_batches').set({ updated_at: waitingSince[index] }).where('launch_id', '=', launchId).execute();
    expect(await launchesWithWork(db(), new Date(), 2)).toEqual([launchIds[2], launchIds[0]]);
    await engine.dispatchAll();
  });

  it('finishes a batch whose dispatcher died after sending: the takeover resends its ClientToken and gets the same InvokeId', async () => {
    const engine = testEngine(db(), ecs);
    const launchId = crypto.randomUUID();
    await launch(engine.deps, user, { launchId, draft: draft(healthCheck, ids(100, 105)) });
    const [batch] = await listBatches(db(), launchId);
    const launchRow = await findLaunch(db(), launchId);
    if (!batch || !launchRow) throw new Error('not recorded');
    // The dead dispatcher: it held the batch, and its call reached Alibaba, but it never recorded the InvokeId.
    await db().updateTable('launch_batches').set({ lease_owner: 'dead-replica', lease_until: new Date(Date.now() + 60_000).toISOString(), checked_at: new Date().toISOString() }).where('id', '=', batch.id).execute();
    const template = JSON.parse(launchRow.request_template ?? '') as RequestTemplate;
    const secrets = batch.secret_box ? openSecrets(engine.secretKey, batch.secret_box, batch.id) : {};
    const lost = await sendRequest(ecs, REGION, requestFor(template, { instanceIds: JSON.parse(batch.instance_ids) as string[], clientToken: batch.client_token }, secrets));
    await t.forget();

    await engine.dispatchAll();
    expect(await callsOf(launchId)).toEqual([]);
    // Its lease runs out; the next dispatcher takes the batch over.
    await db().updateTable('launch_batches').set({ lease_until: new Date(Date.now() - 1_000).toISOString() }).where('id', '=', batch.id).execute();
    await engine.dispatchAll();
    const [after] = await listBatches(db(), launchId);
    expect(after).toMatchObject({ status: 'sent', invoke_id: lost.invokeId });
    expect((await callsOf(launchId)).map((call) => [call.params.ClientToken, call.code])).toEqual([[batch.client_token, 'OK']]);
  });

  it('keeps a concurrency of one batch: the next goes out only once the observer has seen the last one finish', async () => {
    const engine = testEngine(db(), ecs, { limits: { ...DEFAULT_LIMITS, instancesPerCall: 5 } });
    const launchId = crypto.randomUUID();
    await launch({ ...engine.deps, limits: { ...DEFAULT_LIMITS, instancesPerCall: 5 } }, user, { launchId, draft: draft(healthCheck, ids(110, 125), { concurrency: { kind: 'batches', value: 1 }, errorThreshold: null }) });
    await engine.dispatchAll();
    expect((await listBatches(db(), launchId)).map((batch) => batch.status)).toEqual(['sent', 'pending', 'pending']);
    await engine.dispatchAll();
    expect((await listBatches(db(), launchId)).map((batch) => batch.status)).toEqual(['sent', 'pending', 'pending']);
    await t.control('POST', '/_sandbox/clock', { advance: '5m' });
    await engine.observe(launchId);
    await engine.dispatchAll();
    expect((await listBatches(db(), launchId)).map((batch) => batch.status)).toEqual(['sent', 'sent', 'pending']);
  });

  it('stops sending once the failed instances pass the error threshold, says why, and gives the quota back', async () => {
    const limits = { ...DEFAULT_LIMITS, instancesPerCall: 5 };
    const engine = testEngine(db(), ecs, { limits });
    const launchId = crypto.randomUUID();
    // web-prod-019 has a full disk: patching it fails, in the first batch.
    const chosen = [byName('web-prod-019'), ...ids(0, 14).filter((id) => id !== byName('web-prod-019')).slice(0, 14)];
    await launch({ ...engine.deps, limits }, user, { launchId, draft: draft(patchWeb, chosen, { concurrency: { kind: 'batches', value: 1 }, errorThreshold: { kind: 'count', value: 0 } }) });
    const day = quotaDay(new Date());
    const reserved = await quotaUsed(db(), REGION, day);
    await engine.dispatchAll();
    await t.control('POST', '/_sandbox/clock', { advance: '10m' });
    await engine.observe(launchId);
    await engine.dispatchAll();
    const launched = await findLaunch(db(), launchId);
    expect(launched?.halt_reason).toBe('Error threshold reached: 1 of 15 instances failed, more than the 0 allowed. The last 2 batches were not sent.');
    expect(launched?.send_status).toBe('halted');
    expect((await listBatches(db(), launchId)).map((batch) => batch.status)).toEqual(['sent', 'skipped', 'skipped']);
    expect((await listInstances(db(), launchId)).filter((instance) => instance.status === 'Skipped')).toHaveLength(10);
    expect(await quotaUsed(db(), REGION, day)).toBe(reserved - 2);
    expect((await listAudit(db(), { limit: 5 })).find((entry) => entry.action === 'launch.halt')).toMatchObject({ actorUsername: null, target: launchId });
  });

  it('checks each batch just before it goes: an instance stopped since the launch is left out and says why', async () => {
    const engine = testEngine(db(), ecs);
    const launchId = crypto.randomUUID();
    const chosen = ids(130, 133);
    await launch(engine.deps, user, { launchId, draft: draft(healthCheck, chosen) });
    await t.control('POST', `/_sandbox/instances/${chosen[1]}/power`, { action: 'stop' });
    try {
      await t.control('POST', '/_sandbox/clock', { advance: '2m' });
      await t.forget();
      await engine.dispatchAll();
      const [call] = await callsOf(launchId);
      expect(Object.entries(call?.params ?? {}).filter(([key]) => key.startsWith('InstanceId.')).map(([, value]) => value)).toEqual([chosen[0], chosen[2]]);
      const stopped = (await listInstances(db(), launchId)).find((instance) => instance.instance_id === chosen[1]);
      expect(stopped).toMatchObject({ status: 'Ineligible', error_code: 'InstanceNotRunning' });
    } finally {
      await t.control('POST', `/_sandbox/instances/${chosen[1]}/power`, { action: 'start' });
      await t.control('POST', '/_sandbox/clock', { advance: '2m' });
    }
  });

  it('stops a launch before it is sent: nothing goes out, and it says who stopped it', async () => {
    const engine = testEngine(db(), ecs);
    const launchId = crypto.randomUUID();
    await launch(engine.deps, user, { launchId, draft: draft(healthCheck, ids(140, 150)) });
    await t.forget();
    expect(await stopLaunchBatches({ db: db(), ecs }, user, { launchId })).toEqual({ invokeIds: [], instances: 0, notSent: 1 });
    await engine.dispatchAll();
    expect(await callsOf(launchId)).toEqual([]);
    expect(await findLaunch(db(), launchId)).toMatchObject({ send_status: 'halted', halt_reason: 'Stopped by nadia before it was sent.' });
  });

  it('asks ECS once per InvokeId for any number of viewers, and only the region lease holder asks', async () => {
    const engine = testEngine(db(), ecs);
    const launchId = crypto.randomUUID();
    await launch(engine.deps, user, { launchId, draft: draft(healthCheck, ids(150, 160)) });
    await engine.dispatchAll();
    await db().updateTable('launch_batches').set({ observe_at: new Date(Date.now() - 1_000).toISOString() }).where('launch_id', '=', launchId).execute();
    // Only this launch's InvokeId is due (what earlier tests left is not).
    await db().updateTable('launch_batches').set({ observe_at: null }).where('launch_id', '!=', launchId).execute();
    await t.forget();
    // Ten viewers polling the page read our records only.
    const views = await Promise.all(Array.from({ length: 10 }, () => readLaunch(db(), launchId)));
    expect(views.every((view) => view && !isUnchanged(view) && view.instances.length === 10)).toBe(true);
    expect(await t.requests('DescribeInvocations')).toEqual([]);
    // Two replicas' observers: one holds the region's lease and asks; the other does nothing.
    const first = new Observer({ db: db(), ecs, owner: `observer-a-${launchId}`, callsPerSecond: 5 });
    const second = new Observer({ db: db(), ecs, owner: `observer-b-${launchId}`, callsPerSecond: 5 });
    await db().deleteFrom('leases').execute();
    const asked = await Promise.all([first.tick(), second.tick()]);
    expect(asked.sort()).toEqual([0, 1]);
    expect(await t.requests('DescribeInvocations')).toHaveLength(1);
    const after = await readLaunch(db(), launchId, { since: views[0] && !isUnchanged(views[0]) ? views[0].seq : 0 });
    expect(after && !isUnchanged(after) && after.instances.length).toBe(10);
  });
});
