import * as $Ecs from '@alicloud/ecs20140526';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from './server';
import { ecsClient, failure } from './testing/clients';
import { advance, testSandbox } from './testing/harness';
import { decode, invocation, results } from './testing/invocations';
import { commandIds } from './testing/lookup';

let sandbox: RunningSandbox;
let client: ReturnType<typeof ecsClient>;
let managed: Map<string, string>;

const describeManaged = (fields: Partial<$Ecs.DescribeManagedInstancesRequest> = {}) =>
  client.describeManagedInstances(new $Ecs.DescribeManagedInstancesRequest({ regionId: 'cn-shanghai', ...fields }));

beforeAll(async () => {
  sandbox = await testSandbox();
  client = ecsClient(sandbox);
  const all = await describeManaged({ maxResults: 50 });
  managed = new Map((all.body?.instances ?? []).map((instance) => [instance.instanceName ?? '', instance.instanceId ?? '']));
});
afterAll(() => sandbox.close());

const id = (name: string) => {
  const found = managed.get(name);
  if (!found) throw new Error(`no managed instance ${name}`);
  return found;
};

describe('DescribeManagedInstances', () => {
  it('lists the registered servers with the documented fields, three connected and one not', async () => {
    const response = await describeManaged();
    const instances = response.body?.instances ?? [];
    expect(instances.map((i) => i.instanceName)).toEqual(['onprem-db-01', 'onprem-web-01', 'branch-win-01', 'onprem-legacy-01']);
    expect(instances.map((i) => i.connected)).toEqual([true, true, true, false]);
    const web = instances[1];
    expect(web?.instanceId).toMatch(/^mi-sh0[a-z0-9]{13}$/);
    expect(web).toMatchObject({ hostname: 'web01.dc1.example.internal', osType: 'linux', osVersion: 'Ubuntu 22.04.4 LTS', intranetIp: '10.20.0.21', internetIp: '203.0.113.21', agentVersion: '2.2.3.612', invocationCount: 0 });
    expect(web?.activationId).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    expect(web?.registrationTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(web?.tags?.map((t) => `${t.tagKey}=${t.tagValue}`)).toEqual(['env=prod', 'role=proxy', 'site=dc1']);
  });

  it('filters by InstanceId.N, OsType, Connected, InstanceName, InstanceIp and Tag.N, and pages', async () => {
    const names = async (fields: Partial<$Ecs.DescribeManagedInstancesRequest>) => ((await describeManaged(fields)).body?.instances ?? []).map((i) => i.instanceName);
    expect(await names({ instanceId: [id('branch-win-01')] })).toEqual(['branch-win-01']);
    expect(await names({ osType: 'windows' })).toEqual(['branch-win-01']);
    expect(await names({ connected: 'false' })).toEqual(['onprem-legacy-01']);
    expect(await names({ instanceName: 'onprem-*' })).toEqual(['onprem-db-01', 'onprem-web-01', 'onprem-legacy-01']);
    expect(await names({ instanceIp: '203.0.113.21' })).toEqual(['onprem-web-01']);
    expect(await names({ tag: [new $Ecs.DescribeManagedInstancesRequestTag({ key: 'site', value: 'dc1' }), new $Ecs.DescribeManagedInstancesRequestTag({ key: 'env', value: 'prod' })] })).toEqual(['onprem-db-01', 'onprem-web-01']);
    const first = await describeManaged({ maxResults: 3 });
    const second = await describeManaged({ maxResults: 3, nextToken: first.body?.nextToken });
    expect([first.body?.instances?.length, second.body?.instances?.map((i) => i.instanceName), second.body?.nextToken]).toEqual([3, ['onprem-legacy-01'], '']);
    const bad = await failure(describeManaged({ osType: 'freebsd' }));
    expect([bad.code, bad.statusCode]).toEqual(['InvalidParameter', 400]);
  });

  it('keeps managed instances out of DescribeInstances and out of the ECS power operations', async () => {
    const listed = await client.describeInstances(new $Ecs.DescribeInstancesRequest({ regionId: 'cn-shanghai', instanceIds: JSON.stringify([id('onprem-db-01')]) }));
    expect(listed.body?.totalCount).toBe(0);
    const start = await failure(client.stopInstance(new $Ecs.StopInstanceRequest({ instanceId: id('onprem-db-01') })));
    expect([start.code, start.statusCode]).toEqual(['InvalidInstanceId.NotFound', 404]);
  });
});

describe('Cloud Assistant on managed instances', () => {
  it('InvokeCommand and RunCommand run on mi- IDs; DescribeInvocations, DescribeInvocationResults and StopInvocation take them', async () => {
    const commands = await commandIds(client);
    const invoked = await client.invokeCommand(new $Ecs.InvokeCommandRequest({ regionId: 'cn-shanghai', commandId: commands.get('health-check.sh'), instanceId: [id('onprem-db-01'), id('onprem-web-01')] }));
    const ran = await client.runCommand(new $Ecs.RunCommandRequest({ regionId: 'cn-shanghai', type: 'RunPowerShellScript', commandContent: 'Write-Output "hello branch"', instanceId: [id('branch-win-01')] }));
    await advance(sandbox, '1m');
    const first = await invocation(client, invoked.body?.invokeId ?? '');
    expect(first.invocationStatus).toBe('Success');
    expect(first.instances.map((i) => i.instanceId)).toEqual([id('onprem-db-01'), id('onprem-web-01')]);
    expect(decode((await invocation(client, ran.body?.invokeId ?? '')).instances[0]?.output)).toBe('hello branch\n');
    const onHost = await client.describeInvocations(new $Ecs.DescribeInvocationsRequest({ regionId: 'cn-shanghai', instanceId: id('onprem-web-01') }));
    expect(onHost.body?.invocations?.invocation?.map((i) => i.invokeId)).toEqual([invoked.body?.invokeId]);
    const { rows } = await results(client, { instanceId: id('onprem-db-01') });
    expect(rows.map((row) => [row.invokeId, row.invocationStatus])).toEqual([[invoked.body?.invokeId, 'Success']]);
    const listed = await describeManaged({ instanceId: [id('onprem-db-01')] });
    expect(listed.body?.instances?.[0]).toMatchObject({ invocationCount: 1 });
    expect(listed.body?.instances?.[0]?.lastInvokedTime).not.toBe('');
    const scheduled = await client.invokeCommand(new $Ecs.InvokeCommandRequest({ regionId: 'cn-shanghai', commandId: commands.get('health-check.sh'), instanceId: [id('onprem-db-01')], repeatMode: 'Period', frequency: 'rate(5m)' }));
    await client.stopInvocation(new $Ecs.StopInvocationRequest({ regionId: 'cn-shanghai', invokeId: scheduled.body?.invokeId, instanceId: [id('onprem-db-01')] }));
    expect((await invocation(client, scheduled.body?.invokeId ?? '')).invocationStatus).toBe('Stopped');
  });

  it('refuses an offline managed instance with InvalidInstance.NotMatch, and an unknown mi- ID with InvalidInstance.NotFound', async () => {
    const commands = await commandIds(client);
    const offline = await failure(client.invokeCommand(new $Ecs.InvokeCommandRequest({ regionId: 'cn-shanghai', commandId: commands.get('health-check.sh'), instanceId: [id('onprem-legacy-01')] })));
    expect([offline.code, offline.statusCode]).toEqual(['InvalidInstance.NotMatch', 403]);
    expect(offline.message).toContain('offline');
    const unknown = await failure(client.invokeCommand(new $Ecs.InvokeCommandRequest({ regionId: 'cn-shanghai', commandId: commands.get('health-check.sh'), instanceId: ['mi-sh0doesnotexist1'] })));
    expect([unknown.code, unknown.statusCode]).toEqual(['InvalidInstance.NotFound', 404]);
  });
});
