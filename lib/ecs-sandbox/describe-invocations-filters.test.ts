import * as $Ecs from '@alicloud/ecs20140526';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from './server';
import { ecsClient, popClient } from './testing/clients';
import { advance, testSandbox } from './testing/harness';
import { commandIds, instanceIds, pick } from './testing/lookup';

let sandbox: RunningSandbox;
let client: ReturnType<typeof ecsClient>;
let instances: Map<string, string>;
let ids: { tagged: string; grouped: string; batch: string; popMade: string };

const list = async (fields: Partial<$Ecs.DescribeInvocationsRequest>) =>
  (await client.describeInvocations(new $Ecs.DescribeInvocationsRequest({ regionId: 'cn-shanghai', ...fields }))).body;

beforeAll(async () => {
  sandbox = await testSandbox({ seedHistory: false });
  client = ecsClient(sandbox);
  instances = await instanceIds(client);
  const commands = await commandIds(client);
  // A second apart: the list is newest first, and the manual clock stands still otherwise.
  const invoke = async (fields: Partial<$Ecs.InvokeCommandRequest>) => {
    await advance(sandbox, '1s');
    const response = await client.invokeCommand(new $Ecs.InvokeCommandRequest({ regionId: 'cn-shanghai', commandId: commands.get('health-check.sh'), instanceId: pick(instances, 'web-prod-040'), ...fields }));
    return response.body?.invokeId ?? '';
  };
  const tagged = await invoke({ tag: [new $Ecs.InvokeCommandRequestTag({ key: 'invokedeck:launch', value: 'L-7' })] });
  const grouped = await invoke({ resourceGroupId: 'rg-ops', instanceId: pick(instances, 'web-prod-041') });
  await advance(sandbox, '1s');
  const batch = (await client.runCommand(new $Ecs.RunCommandRequest({ regionId: 'cn-shanghai', type: 'RunBatScript', commandContent: 'echo off', instanceId: pick(instances, 'win-app-prod-01') }))).body?.invokeId ?? '';
  // Made by another client (pop-core, HMAC-SHA1), as the console or the aliyun CLI would.
  await advance(sandbox, '1s');
  const pop = await popClient(sandbox).request<{ InvokeId: string }>('InvokeCommand', { RegionId: 'cn-shanghai', CommandId: commands.get('health-check.sh'), 'InstanceId.1': instances.get('web-prod-042') }, { method: 'POST' });
  ids = { tagged, grouped, batch, popMade: pop.InvokeId };
});
afterAll(() => sandbox.close());

describe('DescribeInvocations filters', () => {
  it('lists invocations made by any client, newest first', async () => {
    const all = await list({ maxResults: 50 });
    expect(all?.invocations?.invocation?.map((i) => i.invokeId)).toEqual([ids.popMade, ids.batch, ids.grouped, ids.tagged]);
  });

  it('filters by Tag.N, ResourceGroupId, CommandType and InstanceId, and ignores CommandName when InstanceId is given', async () => {
    const only = async (fields: Partial<$Ecs.DescribeInvocationsRequest>) => (await list(fields))?.invocations?.invocation?.map((i) => i.invokeId);
    expect(await only({ tag: [new $Ecs.DescribeInvocationsRequestTag({ key: 'invokedeck:launch', value: 'L-7' })] })).toEqual([ids.tagged]);
    expect(await only({ resourceGroupId: 'rg-ops' })).toEqual([ids.grouped]);
    expect(await only({ commandType: 'RunBatScript' })).toEqual([ids.batch]);
    expect(await only({ instanceId: instances.get('web-prod-042'), commandName: 'no-such-name' })).toEqual([ids.popMade]);
    expect(await only({ commandName: 'no-such-name' })).toEqual([]);
  });

  it('pages with MaxResults/NextToken and with the older PageSize/PageNumber', async () => {
    const first = await list({ maxResults: 3 });
    const second = await list({ maxResults: 3, nextToken: first?.nextToken });
    expect([first?.invocations?.invocation?.length, second?.invocations?.invocation?.map((i) => i.invokeId), second?.nextToken]).toEqual([3, [ids.tagged], '']);
    const page2 = await list({ pageSize: 2, pageNumber: 2 });
    expect([page2?.pageNumber, page2?.totalCount, page2?.invocations?.invocation?.map((i) => i.invokeId)]).toEqual([2, 4, [ids.grouped, ids.tagged]]);
  });
});

describe('DescribeAccountAttributes (Cloud Assistant quotas)', () => {
  it('reports max-axt-invocation-daily as the configured daily limit, and max-axt-command-count', async () => {
    const response = await client.describeAccountAttributes(new $Ecs.DescribeAccountAttributesRequest({ regionId: 'cn-shanghai', attributeName: ['max-axt-invocation-daily', 'max-axt-command-count', 'max-security-groups'] }));
    const items = response.body?.accountAttributeItems?.accountAttributeItem ?? [];
    expect(items.map((item) => [item.attributeName, item.attributeValues?.valueItem?.[0]?.value])).toEqual([
      ['max-axt-invocation-daily', '5000'],
      ['max-axt-command-count', '500'],
      ['max-security-groups', undefined],
    ]);
  });
});
