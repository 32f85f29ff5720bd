import * as $Ecs from '@alicloud/ecs20140526';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from './server';
import { ecsClient, failure } from './testing/clients';
import { advance, testSandbox } from './testing/harness';
import { decode, invocation } from './testing/invocations';
import { instanceIds, pick } from './testing/lookup';

let sandbox: RunningSandbox;
let client: ReturnType<typeof ecsClient>;
let instances: Map<string, string>;

beforeAll(async () => {
  sandbox = await testSandbox();
  client = ecsClient(sandbox);
  instances = await instanceIds(client);
});
afterAll(() => sandbox.close());

const list = async (fields: Partial<$Ecs.DescribeCommandsRequest>) =>
  (await client.describeCommands(new $Ecs.DescribeCommandsRequest({ regionId: 'cn-shanghai', maxResults: 50, ...fields }))).body?.commands?.command ?? [];

describe('public commands (DescribeCommands with Provider)', () => {
  it('lists Alibaba’s commands only when a Provider is given, with Provider, Category, Version and Latest', async () => {
    const own = await list({});
    expect(own.some((command) => command.provider)).toBe(false);
    const all = await list({ provider: 'AlibabaCloud' });
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect(all.every((command) => command.provider?.startsWith('AlibabaCloud') && command.name?.startsWith('ACS-ECS-'))).toBe(true);
    const guestOs = await list({ provider: 'AlibabaCloud.ECS.GuestOS' });
    expect(guestOs.every((command) => command.provider === 'AlibabaCloud.ECS.GuestOS')).toBe(true);
    expect(guestOs.length).toBeLessThan(all.length);
    const versions = all.filter((command) => command.name === 'ACS-ECS-DiskUsageCheck-linux.sh').map((c) => [c.version, c.latest]);
    expect(versions).toEqual(expect.arrayContaining([[1, false], [2, true]]));
    const latest = await list({ provider: 'AlibabaCloud', latest: true });
    expect(latest.filter((command) => command.name === 'ACS-ECS-DiskUsageCheck-linux.sh').map((c) => c.version)).toEqual([2]);
    const withParameter = all.find((command) => command.name === 'ACS-ECS-ProcessStateCheck-linux.sh');
    expect(withParameter?.parameterDefinitions?.parameterDefinition?.[0]).toMatchObject({ parameterName: 'processName', required: true });
  });

  it('InvokeCommand runs a public command by its CommandId or its name (the newest version)', async () => {
    const [check] = await list({ provider: 'AlibabaCloud', name: 'ACS-ECS-ProcessStateCheck-linux.sh' });
    const byId = await client.invokeCommand(new $Ecs.InvokeCommandRequest({ regionId: 'cn-shanghai', commandId: check?.commandId, instanceId: pick(instances, 'web-prod-010'), parameters: { processName: 'nginx' } }));
    const byName = await client.invokeCommand(new $Ecs.InvokeCommandRequest({ regionId: 'cn-shanghai', commandId: 'ACS-ECS-DiskUsageCheck-linux.sh', instanceId: pick(instances, 'web-prod-011') }));
    await advance(sandbox, '30s');
    const first = await invocation(client, byId.body?.invokeId ?? '');
    expect(first).toMatchObject({ commandId: check?.commandId, commandName: 'ACS-ECS-ProcessStateCheck-linux.sh', invocationStatus: 'Success' });
    expect(decode(first.instances[0]?.output)).toContain('Checking nginx');
    const second = await invocation(client, byName.body?.invokeId ?? '');
    expect(decode(second.commandContent)).toContain('df -i');
  });

  it('public commands cannot be modified or deleted: InvalidCmdId.NotFound', async () => {
    const [check] = await list({ provider: 'AlibabaCloud', name: 'ACS-ECS-InstallPackage-linux.sh' });
    const modify = await failure(client.modifyCommand(new $Ecs.ModifyCommandRequest({ regionId: 'cn-shanghai', commandId: check?.commandId, name: 'mine now' })));
    expect([modify.code, modify.statusCode]).toEqual(['InvalidCmdId.NotFound', 404]);
    const remove = await failure(client.deleteCommand(new $Ecs.DeleteCommandRequest({ regionId: 'cn-shanghai', commandId: check?.commandId })));
    expect([remove.code, remove.statusCode]).toEqual(['InvalidCmdId.NotFound', 404]);
  });
});
