import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type SessionUser } from '@/lib/auth/sessions';
import { type Db, migrate, openDb } from '@/lib/db/client';
import { type EcsClient } from '@/lib/ecs';
import { ecsClient } from '@/lib/ecs-sandbox/testing/clients';
import { invocation, tagInstances } from '@/lib/ecs-sandbox/testing/invocations';
import { instanceIds, pick } from '@/lib/ecs-sandbox/testing/lookup';
import { startTestSandbox, type TestSandbox } from '@/lib/ecs/test-sandbox';
import { emptyDraft, type InvokeDraft } from '@/lib/invoke/draft';

import { checkLaunch } from './check-launch';
import { launch } from './launch';
import { readLaunch } from './launch-read';
import { type LaunchView } from './launch-view';
import { testEngine } from './test-engine';

/**
 * The kinds of launch beyond "a saved command on listed instances", through the real engine
 * and the sandbox over HTTP: an ad-hoc script (RunCommand), a script kept as a command, a tag
 * target resolved by Alibaba at call time, and "check only" (DryRun).
 */
const user: SessionUser = { userId: '00000000-0000-4000-8000-000000000002', username: 'marco', displayName: 'Marco', role: 'operator' };

let t: TestSandbox;
let ecs: EcsClient;
let db: Db;
let dir: string;
let ids: Map<string, string>;
let engine: ReturnType<typeof testEngine>;

beforeAll(async () => {
  t = await startTestSandbox();
  ecs = t.client({ maxAttempts: 1 });
  dir = mkdtempSync(join(tmpdir(), 'launch-kinds-'));
  db = openDb({ kind: 'sqlite', file: join(dir, 'test.db') });
  await migrate(db);
  ids = await instanceIds(ecsClient(t.sandbox));
  engine = testEngine(db, ecs);
});

afterAll(async () => {
  await db.destroy();
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

function scriptDraft(instanceIds: string[], overrides: Partial<NonNullable<InvokeDraft['script']>> = {}): InvokeDraft {
  return {
    ...emptyDraft('cn-shanghai'),
    instanceIds,
    script: { type: 'RunShellScript', content: 'echo "hello from {{who}}"', enableParameter: true, name: '', keepCommand: false, ...overrides },
    parameters: [{ name: 'who', value: 'ops', secret: false }],
  };
}

async function launchAndObserve(draft: InvokeDraft): Promise<LaunchView> {
  const launchId = crypto.randomUUID();
  await launch(engine.deps, user, { launchId, draft });
  await engine.dispatchAll();
  await t.control('POST', '/_sandbox/clock', { advance: '1m' });
  await engine.observe(launchId);
  const view = await readLaunch(db, launchId, { withInstances: true });
  if (!view || !('instances' in view)) throw new Error('no launch view');
  return view;
}

describe('an ad-hoc script', () => {
  it('runs with RunCommand on two instances, tagged with the launch and operator, and saves no command', async () => {
    await t.forget();
    const view = await launchAndObserve(scriptDraft(pick(ids, 'web-prod-001', 'web-prod-002')));
    const [call, ...more] = await t.requests('RunCommand');
    expect(more).toEqual([]);
    expect(await t.requests('InvokeCommand')).toEqual([]);
    expect(call?.params).toMatchObject({ Type: 'RunShellScript', CommandContent: 'echo "hello from {{who}}"', EnableParameter: 'true', KeepCommand: 'false', 'Tag.1.Key': 'invokedeck:launch', 'Tag.1.Value': view.launchId, 'Tag.2.Value': 'marco' });
    expect(call?.params).not.toHaveProperty('CommandId');
    expect(view.commandName).toBe('Ad-hoc script');
    expect(view.instances.map((instance) => instance.status)).toEqual(['Success', 'Success']);
    const found = await invocation(ecsClient(t.sandbox), view.batches[0]?.invokeId ?? '');
    expect(found.instances.map((instance) => Buffer.from(instance.output ?? '', 'base64').toString())).toEqual(['hello from ops\n', 'hello from ops\n']);
  });

  it('kept as a command: saved once with CreateCommand, then run with InvokeCommand under its new ID', async () => {
    await t.forget();
    const view = await launchAndObserve(scriptDraft(pick(ids, 'web-prod-003'), { name: 'say-hello', keepCommand: true }));
    const [created] = await t.requests('CreateCommand');
    expect(created?.params).toMatchObject({ Name: 'say-hello', Type: 'RunShellScript', ClientToken: `${view.launchId}-command` });
    const saved = (await ecs.describeCommands('cn-shanghai', { name: 'say-hello' })).items;
    expect(saved).toHaveLength(1);
    const [invoked] = await t.requests('InvokeCommand');
    expect(invoked?.params.CommandId).toBe(saved[0]?.commandId);
    expect(await t.requests('RunCommand')).toEqual([]);
    expect(view.instances.map((instance) => instance.status)).toEqual(['Success']);
  });

  it('is refused with its field named when empty, too large, or given parameters it does not declare', async () => {
    const empty = scriptDraft(pick(ids, 'web-prod-004'), { content: '  ' });
    await expect(launch(engine.deps, user, { launchId: crypto.randomUUID(), draft: empty })).rejects.toMatchObject({ status: 422, fieldErrors: { 'script.content': [expect.stringContaining('Script is required')] } });
    const huge = scriptDraft(pick(ids, 'web-prod-004'), { content: `echo ${'x'.repeat(20_000)}`, enableParameter: false });
    await expect(launch(engine.deps, user, { launchId: crypto.randomUUID(), draft: { ...huge, parameters: [] } })).rejects.toMatchObject({ fieldErrors: { 'script.content': [expect.stringContaining('over the')] } });
    const undeclared = { ...scriptDraft(pick(ids, 'web-prod-004')), parameters: [{ name: 'other', value: 'x', secret: false }] };
    await expect(launch(engine.deps, user, { launchId: crypto.randomUUID(), draft: undeclared })).rejects.toMatchObject({ fieldErrors: { 'parameters.0.name': [expect.stringContaining('not declared')] } });
  });
});

describe('a tag target', () => {
  it('is one call with ResourceTag; the launch learns the instances it reached from Alibaba', async () => {
    await t.forget();
    const draft: InvokeDraft = { ...scriptDraft([], { content: 'hostname', enableParameter: false }), parameters: [], resourceTags: [{ key: 'role', value: 'cache' }] };
    const view = await launchAndObserve(draft);
    const [call] = await t.requests('RunCommand');
    expect(call?.params).toMatchObject({ 'ResourceTag.1.Key': 'role', 'ResourceTag.1.Value': 'cache' });
    expect(Object.keys(call?.params ?? {}).some((key) => key.startsWith('InstanceId'))).toBe(false);
    const tagged = await ecs.describeInstancesPage('cn-shanghai', { tags: [{ key: 'role', value: 'cache' }], maxResults: 100 });
    expect(tagged.items.length).toBeGreaterThanOrEqual(8);
    expect(view.instances.map((instance) => instance.instanceId).sort()).toEqual(tagged.items.map((instance) => instance.instanceId).sort());
    expect(view.instanceCount).toBe(tagged.items.length);
    expect(new Set(view.instances.map((instance) => instance.status))).toEqual(new Set(['Success']));
  });

  it('follows the fleet: an instance tagged after the draft was written is reached by the next launch', async () => {
    const worker = pick(ids, 'worker-prod-01')[0] ?? '';
    await tagInstances(ecsClient(t.sandbox), [worker], { wave: 'canary' });
    const draft: InvokeDraft = { ...scriptDraft([], { content: 'hostname', enableParameter: false }), parameters: [], resourceTags: [{ key: 'wave', value: 'canary' }] };
    const view = await launchAndObserve(draft);
    expect(view.instances.map((instance) => instance.instanceId)).toEqual([worker]);
  });

  it('refuses both IDs and tags, and tag keys Alibaba reserves, naming the field', async () => {
    const both: InvokeDraft = { ...scriptDraft(pick(ids, 'web-prod-005')), resourceTags: [{ key: 'role', value: 'cache' }] };
    await expect(launch(engine.deps, user, { launchId: crypto.randomUUID(), draft: both })).rejects.toMatchObject({ fieldErrors: { resourceTags: [expect.stringContaining('not both')] } });
    const reserved: InvokeDraft = { ...scriptDraft([]), resourceTags: [{ key: 'acs:owner', value: 'x' }] };
    await expect(launch(engine.deps, user, { launchId: crypto.randomUUID(), draft: reserved })).rejects.toMatchObject({ fieldErrors: { 'resourceTags.0.key': [expect.stringContaining('reserved')] } });
  });
});

describe('check only (DryRun)', () => {
  it('reports what Alibaba would refuse, an ineligible instance matched by a tag, and runs nothing', async () => {
    await t.forget();
    // web-staging-05 is Stopped: the tag env=staging, role=web, team=storefront matches it among the Running ones.
    const draft: InvokeDraft = { ...scriptDraft([], { content: 'uptime', enableParameter: false }), parameters: [], resourceTags: [{ key: 'team', value: 'storefront' }, { key: 'env', value: 'staging' }] };
    const result = await checkLaunch(engine.deps, { launchId: crypto.randomUUID(), draft });
    expect(result.ok).toBe(false);
    expect(result.calls[0]).toMatchObject({ ok: false, code: 'InvalidInstance.NotMatch', message: expect.stringContaining('Stopped') });
    const calls = await t.requests('RunCommand');
    expect(calls.map((call) => call.params.RepeatMode)).toEqual(['DryRun']);
    expect(calls[0]?.params).not.toHaveProperty('ClientToken');
    expect((await ecs.describeInvocations('cn-shanghai', { commandName: 'Ad-hoc script' })).items).toHaveLength(0);
  });

  it('passes a launch that would run, still running nothing', async () => {
    await t.forget();
    const result = await checkLaunch(engine.deps, { launchId: crypto.randomUUID(), draft: scriptDraft(pick(ids, 'web-prod-006', 'web-prod-007')) });
    expect(result).toMatchObject({ ok: true, calls: [{ batch: 1, instanceCount: 2, ok: true }] });
    expect((await t.requests('RunCommand')).map((call) => call.params.RepeatMode)).toEqual(['DryRun']);
  });
});
