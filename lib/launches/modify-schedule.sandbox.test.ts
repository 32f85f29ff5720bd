import { afterAll, beforeAll, expect, it } from 'vitest';

import { type SessionUser } from '@/lib/auth/sessions';
import { listAudit } from '@/lib/db/audit';
import { findLaunch } from '@/lib/db/launches';
import { describeEachDatabase } from '@/lib/db/test-databases';
import { type EcsClient } from '@/lib/ecs';
import { prodWebFleet, startTestSandbox, type TestSandbox } from '@/lib/ecs/test-sandbox';
import { emptyDraft, type InvokeDraft } from '@/lib/invoke/draft';
import { DEFAULT_LIMITS } from '@/lib/invoke/limits';

import { launch } from './launch';
import { changeInvocationSchedule, changeLaunchSchedule } from './modify-schedule';
import { stopLaunchBatches } from './stop';
import { testEngine } from './test-engine';

/**
 * A Period launch's schedule changed in place: ModifyInvocationAttribute on every InvokeId of
 * the launch (one per batch), against the sandbox over HTTP, recorded on SQLite and PostgreSQL.
 */
const user: SessionUser = { userId: '00000000-0000-4000-8000-000000000003', username: 'rhea', displayName: 'Rhea', role: 'operator' };
const REGION = 'cn-shanghai';
const WEEKDAYS = '0 0 2 ? * MON-FRI Asia/Shanghai';
const HOURLY = '0 30 * * * ? Asia/Shanghai';

let t: TestSandbox;
let ecs: EcsClient;
let web: { instanceId: string; name: string }[];
let healthCheck = '';

beforeAll(async () => {
  t = await startTestSandbox();
  ecs = t.client({ maxAttempts: 1 });
  web = await prodWebFleet(ecs, REGION);
  healthCheck = (await ecs.describeCommands(REGION, { name: 'health-check.sh' })).items[0]?.commandId ?? '';
});
afterAll(() => t.close());

const frequencyOf = async (invokeId: string) => (await ecs.describeInvocations(REGION, { invokeId })).items[0]?.frequency;

describeEachDatabase('changing a schedule in place', (db) => {
  // Two instances per call: a launch of four is two batches, two InvokeIds.
  const limits = { ...DEFAULT_LIMITS, instancesPerCall: 2 };
  let offset = 0;

  async function launchPeriod(more: Partial<InvokeDraft> = {}) {
    const engine = testEngine(db(), ecs, { limits });
    const instanceIds = web.slice(offset, offset + 4).map((item) => item.instanceId);
    offset += 4;
    const launchId = crypto.randomUUID();
    const draft = { ...emptyDraft(REGION), commandId: healthCheck, instanceIds, repeatMode: 'Period' as const, frequency: WEEKDAYS, ...more };
    await launch({ ...engine.deps, limits }, user, { launchId, draft });
    await engine.dispatchAll();
    return engine.result(launchId);
  }

  it('changes every InvokeId of the launch, keeps their IDs, records the new Frequency and audits old → new', async () => {
    const result = await launchPeriod();
    const invokeIds = result.batches.map((batch) => batch.invokeId ?? '');
    expect(invokeIds).toHaveLength(2);
    await t.forget();

    const change = await changeLaunchSchedule({ db: db(), ecs }, user, { launchId: result.launchId, frequency: ` ${HOURLY} ` });
    expect(change).toEqual({ launchId: result.launchId, from: WEEKDAYS, to: HOURLY, invokeIds });
    const calls = await t.requests('ModifyInvocationAttribute');
    expect(calls.map((call) => [call.params.InvokeId, call.params.Frequency])).toEqual(invokeIds.map((id) => [id, HOURLY]));
    for (const invokeId of invokeIds) expect(await frequencyOf(invokeId)).toBe(HOURLY);
    expect(await t.requests('InvokeCommand')).toEqual([]);

    const row = await findLaunch(db(), result.launchId);
    expect(row?.frequency).toBe(HOURLY);
    expect((JSON.parse(row?.draft ?? '{}') as InvokeDraft).frequency).toBe(HOURLY);
    expect((JSON.parse(row?.request_template ?? '{}') as { request: { Frequency: string } }).request.Frequency).toBe(HOURLY);
    const [audit] = await listAudit(db(), { limit: 1 });
    expect(audit).toMatchObject({ actorUsername: 'rhea', action: 'launch.reschedule', target: result.launchId });
    expect(JSON.parse(audit?.detail ?? '{}')).toMatchObject({ from: WEEKDAYS, to: HOURLY, invokeIds, failed: [] });
  });

  it('names the Frequency field for a schedule the rules refuse, and changes nothing', async () => {
    const result = await launchPeriod();
    await t.forget();
    await expect(changeLaunchSchedule({ db: db(), ecs }, user, { launchId: result.launchId, frequency: 'rate(20s)' })).rejects.toMatchObject({
      code: 'InvalidParam.Frequency',
      fieldErrors: { frequency: [expect.stringMatching(/Frequency/)] },
    });
    expect(await t.requests('ModifyInvocationAttribute')).toEqual([]);
    expect((await findLaunch(db(), result.launchId))?.frequency).toBe(WEEKDAYS);
  });

  it('refuses a launch that runs once, and one that was stopped', async () => {
    const once = await launchPeriod({ repeatMode: 'Once', frequency: '' });
    await expect(changeLaunchSchedule({ db: db(), ecs }, user, { launchId: once.launchId, frequency: HOURLY })).rejects.toMatchObject({ code: 'InvalidOperation.InvocationNotModifiable' });
    const stopped = await launchPeriod();
    await stopLaunchBatches({ db: db(), ecs }, user, { launchId: stopped.launchId });
    await expect(changeLaunchSchedule({ db: db(), ecs }, user, { launchId: stopped.launchId, frequency: HOURLY })).rejects.toMatchObject({ code: 'InvalidOperation.InvocationNotModifiable', status: 409 });
  });

  it('from an InvokeId page, changes the whole launch it belongs to', async () => {
    const result = await launchPeriod();
    const [first, second] = result.batches.map((batch) => batch.invokeId ?? '');
    const change = await changeInvocationSchedule({ db: db(), ecs }, user, { region: REGION, invokeId: first ?? '', frequency: HOURLY });
    expect(change.invokeIds).toEqual([first, second]);
    expect(await frequencyOf(second ?? '')).toBe(HOURLY);
  });
});
