import * as $Ecs from '@alicloud/ecs20140526';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from './server';
import { ecsClient } from './testing/clients';
import { advance, testSandbox } from './testing/harness';
import { commandIds, instanceIds, pick } from './testing/lookup';

/**
 * The filters the invocations list's whole-account view sends (InvokeStatus, RepeatMode,
 * Timed, CommandId, CommandName) and its NextToken walk under a filter, with the official SDK
 * over HTTP.
 */
let sandbox: RunningSandbox;
let client: ReturnType<typeof ecsClient>;
let ids: { once: string[]; period: string; rotate: string };
let commands: Map<string, string>;

const only = async (fields: Partial<$Ecs.DescribeInvocationsRequest>) =>
  (await client.describeInvocations(new $Ecs.DescribeInvocationsRequest({ regionId: 'cn-shanghai', maxResults: 50, ...fields }))).body?.invocations?.invocation?.map((i) => i.invokeId);

beforeAll(async () => {
  sandbox = await testSandbox({ seedHistory: false });
  client = ecsClient(sandbox);
  const instances = await instanceIds(client);
  commands = await commandIds(client);
  const invoke = async (name: string, fields: Partial<$Ecs.InvokeCommandRequest> = {}) => {
    await advance(sandbox, '1s');
    const response = await client.invokeCommand(new $Ecs.InvokeCommandRequest({ regionId: 'cn-shanghai', commandId: commands.get(name), instanceId: pick(instances, 'web-prod-050'), ...fields }));
    return response.body?.invokeId ?? '';
  };
  const once = [await invoke('health-check.sh'), await invoke('health-check.sh'), await invoke('health-check.sh')];
  const rotate = await invoke('rotate-logs.sh');
  const period = await invoke('health-check.sh', { repeatMode: 'Period', timed: true, frequency: 'rate(1h)' });
  // Long enough for every one-off run to end; the schedule waits for its next hour.
  await advance(sandbox, '5m');
  ids = { once, period, rotate };
});
afterAll(() => sandbox.close());

describe('DescribeInvocations for the account history', () => {
  it('narrows by RepeatMode, Timed and InvokeStatus (its legacy Finished too)', async () => {
    // Newest first: rotate-logs came after the three health checks.
    const oneOffs = [ids.rotate, ...[...ids.once].reverse()];
    expect(await only({ repeatMode: 'Period' })).toEqual([ids.period]);
    expect(await only({ timed: true })).toEqual([ids.period]);
    expect(await only({ timed: false })).toEqual(oneOffs);
    expect(await only({ invokeStatus: 'Scheduled' })).toEqual([ids.period]);
    expect(await only({ invokeStatus: 'Success' })).toEqual(oneOffs);
    expect(await only({ invokeStatus: 'Finished' })).toEqual(oneOffs);
    expect(await only({ invokeStatus: 'Failed' })).toEqual([]);
  });

  it('narrows by CommandId and by CommandName', async () => {
    expect(await only({ commandId: commands.get('rotate-logs.sh') })).toEqual([ids.rotate]);
    expect(await only({ commandName: 'rotate-logs.sh' })).toEqual([ids.rotate]);
    expect(await only({ commandName: 'health-check.sh', repeatMode: 'Once' })).toEqual([...ids.once].reverse());
  });

  it('walks NextToken pages of a filtered list, newest first, to an empty token', async () => {
    const page = (nextToken?: string) =>
      client.describeInvocations(new $Ecs.DescribeInvocationsRequest({ regionId: 'cn-shanghai', invokeStatus: 'Success', commandName: 'health-check.sh', maxResults: 2, nextToken }));
    const first = (await page()).body;
    expect(first?.invocations?.invocation?.map((i) => i.invokeId)).toEqual([ids.once[2], ids.once[1]]);
    expect(first?.nextToken).toBeTruthy();
    const second = (await page(first?.nextToken)).body;
    expect([second?.invocations?.invocation?.map((i) => i.invokeId), second?.nextToken]).toEqual([[ids.once[0]], '']);
  });
});
