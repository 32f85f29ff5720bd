import * as $Ecs from '@alicloud/ecs20140526';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from './server';
import { ecsClient, failure } from './testing/clients';
import { testSandbox } from './testing/harness';
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

const invoke = (fields: Partial<$Ecs.InvokeCommandRequest>) =>
  client.invokeCommand(new $Ecs.InvokeCommandRequest({ regionId: 'cn-shanghai', commandId: commands.get('health-check.sh'), instanceId: pick(instances, 'redis-prod-01'), repeatMode: 'DryRun', ...fields }));

describe('InvokeCommand and RunCommand fields beyond the command and targets', () => {
  it('accepts them well formed, and tags the execution', async () => {
    await expect(
      invoke({ containerName: 'web-app', launcher: 'python3 -u {{ACS::ScriptFileName|Ext(".py")}}', terminationMode: 'ProcessTree', ossOutputDelivery: 'oss://ops-logs/run/', resourceGroupId: 'rg-aek2zexample01', tag: [new $Ecs.InvokeCommandRequestTag({ key: 'invokedeck:launch', value: 'l-1' })] }),
    ).resolves.toMatchObject({ statusCode: 200 });
  });

  it.each([
    ['ContainerId', { containerId: 'abc123' }],
    ['ContainerName', { containerName: '-web' }],
    ['OssOutputDelivery', { ossOutputDelivery: 's3://bucket/x' }],
    ['ResourceGroupId', { resourceGroupId: 'group-1' }],
    ['Tag.N.Key', { tag: [new $Ecs.InvokeCommandRequestTag({ key: 'acs:owner', value: 'x' })] }],
    ['ResourceTag.N.Key', { instanceId: undefined, resourceTag: [new $Ecs.InvokeCommandRequestResourceTag({ key: 'aliyun-env', value: 'x' })] }],
  ] as const)('refuses a malformed %s with InvalidParameter naming it', async (name, fields) => {
    const refused = await failure(invoke(fields as Partial<$Ecs.InvokeCommandRequest>));
    expect([refused.code, refused.statusCode]).toEqual(['InvalidParameter', 400]);
    expect(refused.message).toContain(name);
  });

  it('keeps containers to shell scripts', async () => {
    const refused = await failure(
      client.runCommand(new $Ecs.RunCommandRequest({ regionId: 'cn-shanghai', type: 'RunPowerShellScript', commandContent: 'Get-Date', instanceId: pick(instances, 'sql-prod-01'), containerName: 'web', repeatMode: 'DryRun' })),
    );
    expect([refused.code, refused.message]).toEqual(['InvalidParameter', expect.stringContaining('ContainerName')]);
  });
});
