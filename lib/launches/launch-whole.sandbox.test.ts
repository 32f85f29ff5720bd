import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type SessionUser } from '@/lib/auth/sessions';
import { listAudit } from '@/lib/db/audit';
import { type Db, migrate, openDb } from '@/lib/db/client';
import { type EcsClient } from '@/lib/ecs';
import { prodWebFleet, startTestSandbox, type TestSandbox } from '@/lib/ecs/test-sandbox';
import { emptyDraft, type InvokeDraft } from '@/lib/invoke/draft';

import { launch } from './launch';
import { outputGroupsPage, requestOutputRead } from './output-read';
import { statusTone } from './status';
import { isUnchanged, readLaunch as readLaunchView } from './launch-read';
import { stopLaunchBatches } from './stop';
import { testEngine } from './test-engine';

/**
 * A launch split into batches, read and acted on as one thing, against the real sandbox over
 * HTTP and a real SQLite file: every instance over all batches, their outputs grouped across
 * InvokeIds (in the background: output-reader.sandbox.test.ts), and one stop for every batch.
 */
const user: SessionUser = { userId: '00000000-0000-4000-8000-000000000002', username: 'marco', displayName: 'Marco', role: 'operator' };
const REGION = 'cn-shanghai';

let t: TestSandbox;
let ecs: EcsClient;
let db: Db;
let dir: string;
let web: { instanceId: string; name: string }[];
const commandIds = new Map<string, string>();
let engine: ReturnType<typeof testEngine>;

/** Request a launch and let the dispatcher send it, as the server does in the background. */
async function launchAndSend(input: InvokeDraft) {
  const launchId = crypto.randomUUID();
  await launch(engine.deps, user, { launchId, draft: input });
  await engine.dispatchAll();
  return engine.result(launchId);
}

/** The launch page's view after the observer has looked at every batch once. */
async function readLaunch(launchId: string) {
  await engine.observe(launchId);
  const view = await readLaunchView(db, launchId);
  if (!view || isUnchanged(view)) throw new Error('no launch');
  return view;
}

beforeAll(async () => {
  t = await startTestSandbox();
  ecs = t.client({ maxAttempts: 1 });
  dir = mkdtempSync(join(tmpdir(), 'launch-whole-test-'));
  db = openDb({ kind: 'sqlite', file: join(dir, 'test.db') });
  await migrate(db);
  web = await prodWebFleet(ecs, REGION);
  for (const name of ['patch-web.sh', 'health-check.sh']) {
    commandIds.set(name, (await ecs.describeCommands(REGION, { name })).items[0]?.commandId ?? '');
  }
  engine = testEngine(db, ecs);
});

afterAll(async () => {
  await db.destroy();
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

const idsOf = (...names: string[]) => names.map((name) => web.find((item) => item.name === name)?.instanceId ?? name);

function draft(command: string, instanceIds: string[], more: Partial<InvokeDraft> = {}): InvokeDraft {
  const parameters =
    command === 'patch-web.sh'
      ? [
          { name: 'packages', value: 'nginx', secret: false },
          { name: 'image_tag', value: 'stable', secret: false },
          { name: 'registry_token', value: 'tok-whole-launch', secret: true },
        ]
      : [];
  return { ...emptyDraft(REGION), commandId: commandIds.get(command) ?? '', instanceIds, parameters, ...more };
}

describe('a launch over several batches, as one thing', () => {
  it('lists every instance over all batches with its own InvokeId, and groups the outputs across them', async () => {
    // 70 instances in 2 batches; web-prod-019 and web-prod-064 (full disks) fail, one in each batch.
    const instanceIds = web.slice(0, 70).map((item) => item.instanceId);
    expect(idsOf('web-prod-019', 'web-prod-064').every((id) => instanceIds.includes(id))).toBe(true);
    const result = await launchAndSend(draft('patch-web.sh', instanceIds));
    await t.control('POST', '/_sandbox/clock', { advance: '10m' });

    const view = await readLaunch(result.launchId);
    expect(view.instances).toHaveLength(70);
    expect(view.status).toBe('PartialFailed');
    const failed = view.instances.filter((instance) => instance.status === 'Failed');
    expect(failed.map((instance) => instance.instanceId).sort()).toEqual(idsOf('web-prod-019', 'web-prod-064').sort());
    expect(failed.map((instance) => instance.invokeId)).toEqual(result.batches.map((batch) => batch.invokeId));
    expect(failed.every((instance) => instance.exitCode !== 0 && instance.errorCode === 'ExitCodeNonzero')).toBe(true);
    expect(view.instances.filter((instance) => instance.status === 'Success')).toHaveLength(68);

    // Grouped in the background, over both InvokeIds: the two full disks are one group.
    await requestOutputRead(db, user, { launchId: result.launchId });
    expect(await engine.readOutputs()).toBe(2);
    const { status, totalGroups, groups } = await outputGroupsPage(db, { launchId: result.launchId }, 1);
    expect(status).toBe('done');
    const failure = groups.find((group) => group.statuses.some((entry) => entry.status === 'Failed'));
    expect(failure?.instanceIds.sort()).toEqual(idsOf('web-prod-019', 'web-prod-064').sort());
    expect(failure?.output).toContain('enough free space');
    expect(totalGroups).toBe(2);
    expect(groups.reduce((sum, group) => sum + group.instanceCount, 0)).toBe(70);
  });

  it('stops every batch of a Period launch with one call per InvokeId, and the launch reads Stopped', async () => {
    const instanceIds = web.slice(100, 155).map((item) => item.instanceId);
    const result = await launchAndSend(draft('health-check.sh', instanceIds, { repeatMode: 'Period', frequency: '0 */1 * * * ? Asia/Shanghai' }));
    expect(result.batches).toHaveLength(2);
    await t.forget();

    const stopped = await stopLaunchBatches({ db, ecs }, user, { launchId: result.launchId });
    expect(stopped).toEqual({ invokeIds: result.batches.map((batch) => batch.invokeId), instances: 55, notSent: 0 });
    const calls = await t.requests('StopInvocation');
    expect(calls.map((call) => [call.params.InvokeId, call.params['InstanceId.1'] ?? null])).toEqual(result.batches.map((batch) => [batch.invokeId, null]));

    const view = await readLaunch(result.launchId);
    expect(view.status).toBe('Stopped');
    const [audit] = await listAudit(db, { limit: 1 });
    expect(audit).toMatchObject({ actorUsername: 'marco', action: 'launch.stop', target: result.launchId });

    await expect(stopLaunchBatches({ db, ecs }, user, { launchId: result.launchId })).rejects.toMatchObject({ code: 'NOTHING_TO_STOP', status: 409 });
  });

  it('does not stop batches the observer saw finish', async () => {
    const result = await launchAndSend(draft('health-check.sh', web.slice(60, 115).map((item) => item.instanceId)));
    await t.control('POST', '/_sandbox/clock', { advance: '10m' });
    await engine.observe(result.launchId);
    await t.forget();
    await expect(stopLaunchBatches({ db, ecs }, user, { launchId: result.launchId })).rejects.toMatchObject({ code: 'NOTHING_TO_STOP', status: 409 });
    expect(await t.requests('StopInvocation')).toEqual([]);
  });

  it('stops chosen instances on the InvokeId of their own batch only', async () => {
    const instanceIds = web.slice(155, 210).map((item) => item.instanceId);
    const result = await launchAndSend(draft('health-check.sh', instanceIds, { repeatMode: 'Period', frequency: 'rate(5m)' }));
    const chosen = [instanceIds[0] ?? '', instanceIds[54] ?? ''];
    await t.forget();
    await stopLaunchBatches({ db, ecs }, user, { launchId: result.launchId, instanceIds: chosen });
    const calls = await t.requests('StopInvocation');
    expect(calls.map((call) => [call.params.InvokeId, call.params['InstanceId.1']])).toEqual([
      [result.batches[0]?.invokeId, chosen[0]],
      [result.batches[1]?.invokeId, chosen[1]],
    ]);
    const view = await readLaunch(result.launchId);
    const statuses = new Map(view.instances.map((instance) => [instance.instanceId, instance.status]));
    // Stopped between runs, a Period instance reads Cancelled or Stopped: both end it.
    expect(chosen.map((id) => statusTone(statuses.get(id) ?? ''))).toEqual(['stopped', 'stopped']);
    expect(view.instances.filter((instance) => statusTone(instance.status) === 'stopped')).toHaveLength(2);
    await stopLaunchBatches({ db, ecs }, user, { launchId: result.launchId });
  });
});
