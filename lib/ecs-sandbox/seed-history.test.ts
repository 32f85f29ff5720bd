import * as $Ecs from '@alicloud/ecs20140526';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from './server';
import type { SeededLaunchView } from './simulation/seed-history';
import { ecsClient } from './testing/clients';
import { advance, control, testSandbox } from './testing/harness';
import { countStatuses, decode, invocation } from './testing/invocations';
import { instanceIds } from './testing/lookup';

let sandbox: RunningSandbox;
let client: ReturnType<typeof ecsClient>;
let launches: SeededLaunchView[];
let names: Map<string, string>;

beforeAll(async () => {
  sandbox = await testSandbox();
  client = ecsClient(sandbox);
  launches = (await control<{ launches: SeededLaunchView[] }>(sandbox, 'GET', '/_sandbox/history')).body.launches;
  names = new Map([...(await instanceIds(client, 'cn-shanghai')), ...(await instanceIds(client, 'cn-hangzhou'))].map(([name, id]) => [id, name]));
});
afterAll(() => sandbox.close());

const launch = (key: string): SeededLaunchView => {
  const found = launches.find((item) => item.key === key);
  if (!found) throw new Error(`no seeded launch ${key}`);
  return found;
};

/** Every instance of a seeded launch as DescribeInvocations reports it, over all its InvokeIds. */
async function instancesOf(seeded: SeededLaunchView) {
  const all = await Promise.all(seeded.batches.map((batch) => invocation(client, batch.invokeId, seeded.regionId)));
  return all.flatMap((found) => found.instances);
}

describe("the seeded history: yesterday's patch and today's runaway", () => {
  it('lists both launches with their InvokeIds, instances and schedule, and no secret value', () => {
    expect(launches.map((item) => [item.key, item.regionId, item.commandName, item.repeatMode, item.frequency])).toEqual([
      ['patch', 'cn-shanghai', 'patch-web.sh', 'Once', ''],
      ['runaway-hz', 'cn-hangzhou', 'health-check.sh', 'Period', 'rate(1m)'],
    ]);
    expect(launch('patch').batches.map((batch) => batch.instanceIds.length)).toEqual([50, 50, 20]);
    expect(launch('runaway-hz').batches.map((batch) => batch.instanceIds.length)).toEqual(Array(8).fill(50));
    expect(new Set(launch('runaway-hz').batches.flatMap((batch) => batch.instanceIds)).size).toBe(400);
    expect(launch('patch').parameters).toContainEqual({ name: 'registry_token', value: '', secret: true });
    expect(Date.now() - Date.parse(launch('patch').createdAt)).toBeGreaterThan(24 * 3_600_000);
  });

  it('reads 117 Success and 3 Failed for the patch, the three with the same error', async () => {
    const instances = await instancesOf(launch('patch'));
    expect(countStatuses(instances)).toEqual({ Success: 117, Failed: 3 });
    const failed = instances.filter((instance) => instance.invocationStatus === 'Failed');
    expect(failed.map((instance) => names.get(instance.instanceId ?? ''))).toEqual(['web-prod-019', 'web-prod-064', 'web-prod-101']);
    expect(failed.map((instance) => [instance.errorCode, instance.exitCode])).toEqual(Array(3).fill(['ExitCodeNonzero', 100]));
    // The same text once the host's own name is taken out: what grouping by output relies on.
    const outputs = failed.map((instance) => decode(instance.output).replaceAll(names.get(instance.instanceId ?? '') ?? '?', '<host>'));
    expect(new Set(outputs).size).toBe(1);
    expect(outputs[0]).toContain("E: You don't have enough free space in /var/cache/apt/archives/.");
  });

  it('keeps the runaway firing every minute on all 400 hosts until StopInvocation stops every batch', async () => {
    const runaway = launch('runaway-hz');
    const repeats = async () => (await instancesOf(runaway)).map((instance) => instance.repeats ?? 0);
    const before = await repeats();
    expect(before).toHaveLength(400);
    expect(Math.min(...before)).toBeGreaterThanOrEqual(100);
    await advance(sandbox, '3m');
    const after = await repeats();
    expect(after.map((count, index) => count - (before[index] ?? 0))).toEqual(Array(400).fill(3));
    expect((await invocation(client, runaway.batches[0]?.invokeId ?? '', 'cn-hangzhou')).invocationStatus).toBe('Scheduled');

    for (const batch of runaway.batches) await client.stopInvocation(new $Ecs.StopInvocationRequest({ regionId: 'cn-hangzhou', invokeId: batch.invokeId }));
    await advance(sandbox, '1m');
    const stopped = await instancesOf(runaway);
    await advance(sandbox, '5m');
    expect((await instancesOf(runaway)).map((instance) => instance.repeats)).toEqual(stopped.map((instance) => instance.repeats));
    const statuses = await Promise.all(runaway.batches.map(async (batch) => (await invocation(client, batch.invokeId, 'cn-hangzhou')).invocationStatus));
    expect(statuses).toEqual(Array(8).fill('Stopped'));
  });

  it('is left out with seedHistory off, also after a reset', async () => {
    const empty = await testSandbox({ seedHistory: false });
    try {
      expect((await control<{ launches: unknown[] }>(empty, 'GET', '/_sandbox/history')).body.launches).toEqual([]);
      await control(empty, 'POST', '/_sandbox/reset');
      expect((await control<{ invocations: number }>(empty, 'GET', '/_sandbox')).body.invocations).toBe(0);
    } finally {
      await empty.close();
    }
  });
});
