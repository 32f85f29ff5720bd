import * as $Ecs from '@alicloud/ecs20140526';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from './server';
import { ecsClient } from './testing/clients';
import { advance, control, setClock, testSandbox } from './testing/harness';
import { countStatuses, invocation, results } from './testing/invocations';
import { commandIds, instanceIds, pick } from './testing/lookup';

let sandbox: RunningSandbox;
let client: ReturnType<typeof ecsClient>;
let instances: Map<string, string>;
let commands: Map<string, string>;

beforeAll(async () => {
  sandbox = await testSandbox();
  client = ecsClient(sandbox);
  instances = await instanceIds(client);
  commands = await commandIds(client);
});
afterAll(() => sandbox.close());

async function invoke(commandName: string, names: string[], fields: Partial<$Ecs.InvokeCommandRequest> = {}): Promise<string> {
  const response = await client.invokeCommand(
    new $Ecs.InvokeCommandRequest({ regionId: 'cn-shanghai', commandId: commands.get(commandName), instanceId: pick(instances, ...names), ...fields }),
  );
  return response.body?.invokeId ?? '';
}

describe('Period schedules fire on the controlled clock and keep their history', () => {
  it('fires rate(1m) one interval after creation, every minute, until StopInvocation', async () => {
    await setClock(sandbox, '2026-12-01T00:00:00Z');
    const invokeId = await invoke('health-check.sh', ['web-prod-020', 'web-prod-021'], { timed: true, frequency: 'rate(1m)' });
    const created = await invocation(client, invokeId);
    expect(created).toMatchObject({ repeatMode: 'Period', timed: true, frequency: 'rate(1m)', invocationStatus: 'Scheduled' });
    await advance(sandbox, '59s');
    expect((await results(client, { invokeId, includeHistory: true })).rows.every((row) => row.repeats === 0)).toBe(true);
    await advance(sandbox, '5m');
    const history = await results(client, { invokeId, includeHistory: true, instanceId: pick(instances, 'web-prod-020')[0] });
    expect(history.rows).toHaveLength(5);
    expect(history.rows.map((row) => row.startTime?.slice(11, 16))).toEqual(['00:05', '00:04', '00:03', '00:02', '00:01']);
    expect(history.rows.every((row) => row.invocationStatus === 'Success')).toBe(true);
    const latest = await results(client, { invokeId });
    expect(latest.rows).toHaveLength(2);
    expect(latest.rows[0]?.repeats).toBe(5);

    await client.stopInvocation(new $Ecs.StopInvocationRequest({ regionId: 'cn-shanghai', invokeId }));
    await advance(sandbox, '10m');
    const stopped = await invocation(client, invokeId);
    expect(stopped.invocationStatus).toBe('Stopped');
    expect(countStatuses(stopped.instances)).toEqual({ Cancelled: 2 });
    expect((await results(client, { invokeId, includeHistory: true })).page?.totalCount).toBe(10);
  });

  it('reads a cron in its time-zone suffix: weekdays at 02:00 Asia/Shanghai', async () => {
    await setClock(sandbox, '2026-12-03T12:00:00Z'); // Thursday 20:00 in Shanghai
    const invokeId = await invoke('health-check.sh', ['web-prod-022'], { timed: true, frequency: '0 0 2 ? * MON-FRI Asia/Shanghai' });
    await setClock(sandbox, '2026-12-07T19:00:00Z'); // Tuesday 03:00 in Shanghai
    const history = await results(client, { invokeId, includeHistory: true });
    // Friday 02:00, Monday 02:00 and Tuesday 02:00 Shanghai time; nothing on the weekend.
    expect(history.rows.map((row) => row.startTime?.slice(0, 16))).toEqual(['2026-12-07T18:00', '2026-12-06T18:00', '2026-12-03T18:00']);
  });

  it('runs an at() once, then reports that run as the result', async () => {
    await setClock(sandbox, '2026-12-10T00:00:00Z');
    const invokeId = await invoke('health-check.sh', ['web-prod-023'], { timed: true, frequency: 'at(2026-12-10 10:00:00 Asia/Shanghai)' });
    await advance(sandbox, '1h');
    expect((await invocation(client, invokeId)).instances[0]?.invocationStatus).toBe('Scheduled');
    await advance(sandbox, '61m');
    const done = await invocation(client, invokeId);
    expect(done.instances[0]).toMatchObject({ invocationStatus: 'Success', repeats: 1 });
    expect(done.instances[0]?.startTime?.slice(0, 16)).toBe('2026-12-10T02:00');
    expect(done.invocationStatus).toBe('Success');
  });

  it('fails the run of an agent too old for rate()/at()/time zones with ClientNeedUpgrade, not the call', async () => {
    const invokeId = await invoke('health-check.sh', ['worker-prod-07', 'worker-prod-08'], { timed: true, frequency: 'rate(5m)' });
    const found = await invocation(client, invokeId);
    const old = found.instances.find((instance) => instance.instanceId === pick(instances, 'worker-prod-07')[0]);
    expect(old).toMatchObject({ invocationStatus: 'Failed', errorCode: 'ClientNeedUpgrade' });
    expect(found.instances.find((instance) => instance !== old)?.invocationStatus).toBe('Scheduled');
    const plainCron = await invoke('health-check.sh', ['worker-prod-07'], { timed: true, frequency: '0 */10 * * * ?' });
    expect((await invocation(client, plainCron)).instances[0]?.invocationStatus).toBe('Scheduled');
  });
});

describe('NextRebootOnly and EveryReboot fire when the instance boots', () => {
  it('runs on RebootInstance and on StartInstance after a stop, keeping EveryReboot history', async () => {
    const [id] = pick(instances, 'worker-prod-12');
    const next = await invoke('register-node.sh', ['worker-prod-12'], { repeatMode: 'NextRebootOnly' });
    const every = await invoke('register-node.sh', ['worker-prod-12'], { repeatMode: 'EveryReboot' });
    await advance(sandbox, '1h');
    expect((await invocation(client, every)).invocationStatus).toBe('Scheduled');
    expect((await results(client, { invokeId: every, includeHistory: true })).rows[0]?.repeats).toBe(0);

    await client.rebootInstance(new $Ecs.RebootInstanceRequest({ instanceId: id }));
    const statusNow = async () =>
      (await client.describeInstances(new $Ecs.DescribeInstancesRequest({ regionId: 'cn-shanghai', instanceIds: JSON.stringify([id]) }))).body?.instances?.instance?.[0]?.status;
    expect(await statusNow()).toBe('Stopping');
    await advance(sandbox, '3s');
    expect(await statusNow()).toBe('Starting');
    await advance(sandbox, '1m');
    expect(await statusNow()).toBe('Running');
    expect((await invocation(client, next)).instances[0]).toMatchObject({ invocationStatus: 'Success', repeats: 1 });
    expect((await results(client, { invokeId: every, includeHistory: true })).rows).toHaveLength(1);

    await client.stopInstance(new $Ecs.StopInstanceRequest({ instanceId: id }));
    await advance(sandbox, '1m');
    await client.startInstance(new $Ecs.StartInstanceRequest({ instanceId: id }));
    await advance(sandbox, '1m');
    await control(sandbox, 'POST', `/_sandbox/instances/${id}/power`, { action: 'reboot' });
    await advance(sandbox, '1m');
    const history = await results(client, { invokeId: every, includeHistory: true });
    expect(history.rows).toHaveLength(3);
    expect(history.rows.every((row) => row.invocationStatus === 'Success')).toBe(true);
    expect((await invocation(client, every)).invocationStatus).toBe('Scheduled');
    expect((await results(client, { invokeId: next, includeHistory: true })).rows).toHaveLength(1);
  });
});
