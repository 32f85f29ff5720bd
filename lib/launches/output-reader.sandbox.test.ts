import { afterAll, beforeAll, expect, it } from 'vitest';

import { type SessionUser } from '@/lib/auth/sessions';
import { bumpLaunch } from '@/lib/db/launches';
import { claimOutputRead, findOutputRead } from '@/lib/db/output-reads';
import { describeEachDatabase } from '@/lib/db/test-databases';
import { type EcsClient } from '@/lib/ecs';
import { prodWebFleet, startTestSandbox, type TestSandbox } from '@/lib/ecs/test-sandbox';
import { emptyDraft, type InvokeDraft } from '@/lib/invoke/draft';

import { launch } from './launch';
import { outputGroupsPage, outputMembersPage, requestOutputRead } from './output-read';
import { OutputReader } from './output-reader';
import { testEngine } from './test-engine';

/**
 * Grouped outputs read once, in the background, against the real sandbox over HTTP, on
 * SQLite and on PostgreSQL: one DescribeInvocations per InvokeId and one DescribeInstances
 * per 100 instances whoever asks and however often, pages served from our records, one
 * reader per read, a dead reader's read finished by another, a stale read read again.
 */
const viewer: SessionUser = { userId: '00000000-0000-4000-8000-0000000000f1', username: 'vera', displayName: 'Vera', role: 'viewer' };
const operator: SessionUser = { userId: '00000000-0000-4000-8000-0000000000f2', username: 'marco', displayName: 'Marco', role: 'operator' };
const REGION = 'cn-shanghai';

let t: TestSandbox;
let ecs: EcsClient;
let web: { instanceId: string; name: string }[] = [];
const commandIds = new Map<string, string>();

beforeAll(async () => {
  t = await startTestSandbox({ limits: { dailyInvocations: 1_000_000 } });
  ecs = t.client({ maxAttempts: 1 });
  web = await prodWebFleet(ecs, REGION);
  for (const name of ['patch-web.sh', 'health-check.sh']) commandIds.set(name, (await ecs.describeCommands(REGION, { name })).items[0]?.commandId ?? '');
});

afterAll(async () => {
  await t.close();
});

const idsOf = (...names: string[]) => names.map((name) => web.find((item) => item.name === name)?.instanceId ?? name);

function draft(command: string, instanceIds: string[]): InvokeDraft {
  const parameters =
    command === 'patch-web.sh'
      ? [
          { name: 'packages', value: 'nginx', secret: false },
          { name: 'image_tag', value: 'stable', secret: false },
          { name: 'registry_token', value: 'tok-output-reader', secret: true },
        ]
      : [];
  return { ...emptyDraft(REGION), commandId: commandIds.get(command) ?? '', instanceIds, parameters };
}

describeEachDatabase('grouped outputs read in the background', (db) => {
  let engine: ReturnType<typeof testEngine>;
  /** The 70-instance patch of web-prod-001…070 (019 and 064 have full disks), sent and finished. */
  let patched: { launchId: string; invokeIds: string[] };

  beforeAll(async () => {
    engine = testEngine(db(), ecs);
    const launchId = crypto.randomUUID();
    await launch(engine.deps, operator, { launchId, draft: draft('patch-web.sh', web.slice(0, 70).map((item) => item.instanceId)) });
    await engine.dispatchAll();
    await t.control('POST', '/_sandbox/clock', { advance: '10m' });
    await engine.observe(launchId);
    const result = await engine.result(launchId);
    patched = { launchId, invokeIds: result.batches.map((batch) => batch.invokeId ?? '') };
  });

  it('reads a 70-instance launch once: one DescribeInvocations per InvokeId, one DescribeInstances per 100 instances, then pages cost nothing', async () => {
    const scope = { launchId: patched.launchId };
    expect(patched.invokeIds).toHaveLength(2);
    await t.forget();
    expect(await requestOutputRead(db(), viewer, scope)).toMatchObject({ status: 'queued', requestedBy: 'vera' });
    // A second click (another viewer, another replica) while it waits queues nothing more.
    expect(await requestOutputRead(db(), operator, scope)).toMatchObject({ status: 'queued', requestedBy: 'vera' });
    expect(await t.requests()).toEqual([]);

    expect(await engine.readOutputs()).toBe(2);
    const reads = await t.requests('DescribeInvocations');
    expect(reads.map((call) => [call.params.InvokeId, call.params.IncludeOutput])).toEqual(patched.invokeIds.map((invokeId) => [invokeId, 'true']));
    expect(await t.requests('DescribeInstances')).toHaveLength(1);

    await t.forget();
    const first = await outputGroupsPage(db(), scope, 1);
    expect(first).toMatchObject({ status: 'done', stale: false, invocationsRead: 2, invocationsTotal: 2, instancesRead: 70, page: 1 });
    expect(first.groups.reduce((sum, group) => sum + group.instanceCount, 0)).toBe(70);
    expect(first.groups.map((group) => group.instanceCount)).toEqual([...first.groups.map((group) => group.instanceCount)].sort((a, b) => b - a));
    const failure = first.groups.find((group) => group.statuses.some((entry) => entry.status === 'Failed'));
    expect(failure).toMatchObject({ instanceCount: 2, statuses: [{ status: 'Failed', count: 2 }], instanceIds: idsOf('web-prod-019', 'web-prod-064').sort() });
    expect(failure?.output).toContain('enough free space');
    // Each host's own name is a placeholder, so 68 successes that differ only by it are one group.
    expect(first.groups[0]).toMatchObject({ instanceCount: 68, statuses: [{ status: 'Success', count: 68 }] });
    expect(first.groups[0]?.instanceIds).toHaveLength(20);

    // Asking again while the read is fresh, and paging, cost ECS nothing.
    expect(await requestOutputRead(db(), viewer, scope)).toMatchObject({ status: 'done', stale: false });
    expect(await engine.readOutputs()).toBe(0);
    expect((await outputGroupsPage(db(), scope, 2)).groups).toEqual([]);
    const members = await outputMembersPage(db(), scope, first.groups[0]?.hash ?? '', 1);
    expect(members).toMatchObject({ total: 68, page: 1, pageCount: 1 });
    expect(members.members.map((member) => member.instanceId)).toEqual(
      web
        .slice(0, 70)
        .map((item) => item.instanceId)
        .filter((id) => !idsOf('web-prod-019', 'web-prod-064').includes(id))
        .sort(),
    );
    expect(await t.requests()).toEqual([]);
  });

  it('pages the groups ten at a time, largest first', async () => {
    // health-check.sh prints each host's uptime and load: 60 instances, many different outputs.
    const launchId = crypto.randomUUID();
    await launch(engine.deps, operator, { launchId, draft: draft('health-check.sh', web.slice(100, 160).map((item) => item.instanceId)) });
    await engine.dispatchAll();
    await t.control('POST', '/_sandbox/clock', { advance: '10m' });
    await engine.observe(launchId);
    await requestOutputRead(db(), viewer, { launchId });
    await engine.readOutputs();

    const first = await outputGroupsPage(db(), { launchId }, 1);
    expect(first.totalGroups).toBeGreaterThan(10);
    expect(first.groups).toHaveLength(10);
    expect(first.pageCount).toBe(Math.ceil(first.totalGroups / 10));
    const pages = [first];
    for (let page = 2; page <= first.pageCount; page++) pages.push(await outputGroupsPage(db(), { launchId }, page));
    const all = pages.flatMap((page) => page.groups);
    expect(all).toHaveLength(first.totalGroups);
    expect(new Set(all.map((group) => group.hash)).size).toBe(all.length);
    expect(all.reduce((sum, group) => sum + group.instanceCount, 0)).toBe(60);
    expect(all.map((group) => group.instanceCount)).toEqual([...all.map((group) => group.instanceCount)].sort((a, b) => b - a));
  });

  it('asks DescribeInstances for 100 instances a call across batches, and pages a group’s members a hundred at a time', async () => {
    const launchId = crypto.randomUUID();
    await launch(engine.deps, operator, { launchId, draft: draft('patch-web.sh', web.slice(0, 150).map((item) => item.instanceId)) });
    await engine.dispatchAll();
    await t.control('POST', '/_sandbox/clock', { advance: '10m' });
    await engine.observe(launchId);
    await t.forget();
    await requestOutputRead(db(), viewer, { launchId });
    expect(await engine.readOutputs()).toBe(3);
    expect(await t.requests('DescribeInvocations')).toHaveLength(3);
    // Batches of 50: the first call also fetches the second batch's identities.
    expect((await t.requests('DescribeInstances')).map((call) => (JSON.parse(call.params.InstanceIds ?? '[]') as string[]).length)).toEqual([100, 50]);

    const [success, failure] = (await outputGroupsPage(db(), { launchId }, 1)).groups;
    expect([success?.instanceCount, failure?.instanceCount]).toEqual([147, 3]);
    expect(failure?.instanceIds).toEqual(idsOf('web-prod-019', 'web-prod-064', 'web-prod-101').sort());
    const first = await outputMembersPage(db(), { launchId }, success?.hash ?? '', 1);
    const second = await outputMembersPage(db(), { launchId }, success?.hash ?? '', 2);
    expect([first.members.length, second.members.length, first.pageCount]).toEqual([100, 47, 2]);
    expect(new Set([...first.members, ...second.members].map((member) => member.instanceId)).size).toBe(147);
    expect(first.members.every((member) => member.status === 'Success')).toBe(true);
  });

  it('two readers racing for one read: one reads it, the other finds nothing to do', async () => {
    await requestOutputRead(db(), viewer, { launchId: patched.launchId, again: true });
    await t.forget();
    const first = new OutputReader({ db: db(), ecs, owner: 'reader-a', callsPerSecond: 1_000 });
    const second = new OutputReader({ db: db(), ecs, owner: 'reader-b', callsPerSecond: 1_000 });
    const read = await Promise.all([first.tick(), second.tick(), first.tick(), second.tick()]);
    expect(read.sort()).toEqual([0, 0, 0, 2]);
    expect(await t.requests('DescribeInvocations')).toHaveLength(2);
    expect(await outputGroupsPage(db(), { launchId: patched.launchId }, 1)).toMatchObject({ status: 'done', instancesRead: 70 });
  });

  it('a reader that dies mid-read leaves it to another, which goes on from the InvokeId it stopped at', async () => {
    const scope = { launchId: patched.launchId };
    await requestOutputRead(db(), viewer, { ...scope, again: true });
    await t.forget();
    // It reads the first InvokeId and the identities, then dies before its next call.
    let calls = 0;
    const dying = new OutputReader({
      db: db(),
      ecs,
      owner: 'reader-dies',
      callsPerSecond: 1,
      leaseMs: 60_000,
      sleep: () => (++calls < 2 ? Promise.resolve() : Promise.reject(new Error('killed'))),
    });
    await expect(dying.tick()).rejects.toThrow('killed');
    expect(await findOutputRead(db(), `launch:${patched.launchId}`)).toMatchObject({ status: 'reading', lease_owner: 'reader-dies', invocations_read: 1, instances_read: 50 });

    const next = new OutputReader({ db: db(), ecs, owner: 'reader-next', callsPerSecond: 1_000 });
    expect(await next.tick()).toBe(0);
    await db().updateTable('output_reads').set({ lease_until: new Date(Date.now() - 1_000).toISOString() }).where('scope', '=', `launch:${patched.launchId}`).execute();
    expect(await next.tick()).toBe(1);
    expect((await t.requests('DescribeInvocations')).map((call) => call.params.InvokeId)).toEqual(patched.invokeIds);
    const page = await outputGroupsPage(db(), scope, 1);
    expect(page).toMatchObject({ status: 'done', invocationsRead: 2, instancesRead: 70 });
    expect(page.groups.map((group) => group.instanceCount)).toEqual([68, 2]);
  });

  it('reads again when stale: a launch that changed since, an InvokeId read over a minute ago, or when asked to', async () => {
    const scope = { launchId: patched.launchId };
    expect(await requestOutputRead(db(), viewer, scope)).toMatchObject({ status: 'done', stale: false });
    await bumpLaunch(db(), patched.launchId);
    expect(await outputGroupsPage(db(), scope, 1)).toMatchObject({ status: 'done', stale: true, totalGroups: 2 });
    // Re-queued, what the old read found is forgotten.
    expect(await requestOutputRead(db(), viewer, scope)).toMatchObject({ status: 'queued', stale: false });
    expect(await outputGroupsPage(db(), scope, 1)).toMatchObject({ status: 'queued', totalGroups: 0, groups: [] });
    expect(await engine.readOutputs()).toBe(2);
    expect(await outputGroupsPage(db(), scope, 1)).toMatchObject({ status: 'done', stale: false, totalGroups: 2 });

    const invoke = { invokeId: patched.invokeIds[1] ?? '', region: REGION };
    await requestOutputRead(db(), viewer, invoke);
    expect(await engine.readOutputs()).toBe(1);
    const readAt = (await findOutputRead(db(), `invoke:${invoke.invokeId}`))?.finished_at ?? '';
    const later = (seconds: number) => new Date(Date.parse(readAt) + seconds * 1000);
    expect(await requestOutputRead(db(), viewer, invoke, later(30))).toMatchObject({ status: 'done', stale: false, instancesRead: 20 });
    expect(await requestOutputRead(db(), viewer, { ...invoke, again: true }, later(30))).toMatchObject({ status: 'queued' });
    expect(await engine.readOutputs()).toBe(1);
    const again = (await findOutputRead(db(), `invoke:${invoke.invokeId}`))?.finished_at ?? '';
    expect((await outputGroupsPage(db(), invoke, 1, new Date(Date.parse(again) + 61_000))).stale).toBe(true);
    expect(await requestOutputRead(db(), viewer, invoke, new Date(Date.parse(again) + 61_000))).toMatchObject({ status: 'queued' });
    expect(await engine.readOutputs()).toBe(1);
  });

  it('records a failure with Alibaba’s code, keeps what was read, and reads anew when asked again', async () => {
    const scope = { launchId: patched.launchId };
    await requestOutputRead(db(), viewer, { ...scope, again: true });
    await t.faults({ DescribeInvocations: { next: ['ok', 'throttle'] } });
    try {
      expect(await engine.readOutputs()).toBe(1);
    } finally {
      await t.faults({});
    }
    const failed = await outputGroupsPage(db(), scope, 1);
    expect(failed).toMatchObject({ status: 'failed', invocationsRead: 1, invocationsTotal: 2, instancesRead: 50, error: { code: expect.stringMatching(/^Throttling/) } });
    expect(failed.groups.reduce((sum, group) => sum + group.instanceCount, 0)).toBe(50);
    expect(await requestOutputRead(db(), viewer, scope)).toMatchObject({ status: 'queued', error: null });
    expect(await engine.readOutputs()).toBe(2);
    expect(await outputGroupsPage(db(), scope, 1)).toMatchObject({ status: 'done', instancesRead: 70, error: null });
  });

  it('claims a read for one reader only, whichever replica asks', async () => {
    await requestOutputRead(db(), viewer, { launchId: patched.launchId, again: true });
    const now = new Date();
    const until = new Date(now.getTime() + 30_000);
    const claims = await Promise.all(['r1', 'r2', 'r3', 'r4'].map((owner) => claimOutputRead(db(), owner, now, until)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    await db().updateTable('output_reads').set({ lease_until: new Date(now.getTime() - 1).toISOString() }).where('scope', '=', `launch:${patched.launchId}`).execute();
    expect(await engine.readOutputs()).toBe(2);
  });
});
