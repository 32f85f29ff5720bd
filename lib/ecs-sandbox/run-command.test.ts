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
  sandbox = await testSandbox({ limits: { contentBase64Bytes: 16_384 } });
  client = ecsClient(sandbox);
  instances = await instanceIds(client);
});
afterAll(() => sandbox.close());

const run = (fields: Partial<$Ecs.RunCommandRequest>) =>
  client.runCommand(new $Ecs.RunCommandRequest({ regionId: 'cn-shanghai', type: 'RunShellScript', commandContent: 'echo hello', ...fields }));

const commandsNamed = async (name: string) =>
  (await client.describeCommands(new $Ecs.DescribeCommandsRequest({ regionId: 'cn-shanghai', name, maxResults: 50 }))).body?.commands?.command ?? [];

describe('RunCommand', () => {
  it('runs a plain-text script on two instances without saving it, and answers CommandId and InvokeId', async () => {
    const response = await run({ name: 'adhoc-hello', instanceId: pick(instances, 'web-prod-001', 'web-prod-002'), commandContent: 'echo hello from {{who}}', enableParameter: true, parameters: { who: 'ops' } });
    expect(response.body?.commandId).toMatch(/^c-sh0[a-z0-9]{12}$/);
    expect(response.body?.invokeId).toMatch(/^t-sh0[a-z0-9]{12}$/);
    await advance(sandbox, '30s');
    const found = await invocation(client, response.body?.invokeId ?? '');
    expect(found).toMatchObject({ commandId: response.body?.commandId, commandName: 'adhoc-hello', commandType: 'RunShellScript', invocationStatus: 'Success', parameters: '{"who":"ops"}' });
    expect(decode(found.commandContent)).toBe('echo hello from {{who}}');
    expect(found.instances.map((i) => decode(i.output))).toEqual(['hello from ops\n', 'hello from ops\n']);
    expect(await commandsNamed('adhoc-hello')).toEqual([]);
    const reuse = await failure(client.invokeCommand(new $Ecs.InvokeCommandRequest({ regionId: 'cn-shanghai', commandId: response.body?.commandId, instanceId: pick(instances, 'web-prod-001') })));
    expect([reuse.code, reuse.statusCode]).toEqual(['InvalidCmdId.NotFound', 404]);
  });

  it('saves the command with KeepCommand=true, so DescribeCommands lists it and InvokeCommand can run it again', async () => {
    const response = await run({ name: 'kept-uptime', keepCommand: true, commandContent: 'uptime', timeout: 120, workingDir: '/tmp', instanceId: pick(instances, 'web-prod-003') });
    const [saved] = await commandsNamed('kept-uptime');
    expect(saved).toMatchObject({ commandId: response.body?.commandId, timeout: 120, workingDir: '/tmp', type: 'RunShellScript', enableParameter: false });
    const again = await client.invokeCommand(new $Ecs.InvokeCommandRequest({ regionId: 'cn-shanghai', commandId: saved?.commandId, instanceId: pick(instances, 'web-prod-004') }));
    expect(again.body?.invokeId).toMatch(/^t-/);
  });

  it('reads Base64 content when ContentEncoding=Base64 and refuses text that is not Base64', async () => {
    const encoded = await run({ contentEncoding: 'Base64', commandContent: Buffer.from('echo from base64').toString('base64'), instanceId: pick(instances, 'web-prod-005') });
    await advance(sandbox, '30s');
    expect(decode((await invocation(client, encoded.body?.invokeId ?? '')).instances[0]?.output)).toBe('from base64\n');
    const bad = await failure(run({ contentEncoding: 'Base64', commandContent: 'echo not base64!', instanceId: pick(instances, 'web-prod-005') }));
    expect([bad.code, bad.statusCode]).toEqual(['InvalidParameter', 400]);
    expect(bad.message).toContain('CommandContent');
  });

  it('echoes every InvokeCommand field back in DescribeInvocations (tags, container, launcher, termination, OSS, resource group)', async () => {
    const response = await run({
      instanceId: pick(instances, 'web-prod-006'),
      tag: [new $Ecs.RunCommandRequestTag({ key: 'invokedeck:launch', value: 'L-42' })],
      containerName: 'web', launcher: 'bash -x {{ACS::ScriptFileName}}', terminationMode: 'ProcessTree',
      ossOutputDelivery: 'oss://bucket/prefix', resourceGroupId: 'rg-abc', description: 'quick look', username: 'root',
    });
    const found = await invocation(client, response.body?.invokeId ?? '');
    expect(found).toMatchObject({ containerName: 'web', launcher: 'bash -x {{ACS::ScriptFileName}}', terminationMode: 'ProcessTree', ossOutputDelivery: 'oss://bucket/prefix', commandDescription: 'quick look' });
    expect(found.tags?.tag?.map((t) => `${t.tagKey}=${t.tagValue}`)).toEqual(['invokedeck:launch=L-42']);
  });

  it('applies InvokeCommand rules with their codes: content limit, type against OS, parameters disabled, missing fields', async () => {
    const big = await failure(run({ commandContent: 'x'.repeat(13_000), instanceId: pick(instances, 'web-prod-001') }));
    expect([big.code, big.statusCode]).toEqual(['CmdContent.ExceedLimit', 403]);
    const os = await failure(run({ type: 'RunPowerShellScript', commandContent: 'Get-Date', instanceId: pick(instances, 'web-prod-001') }));
    expect([os.code, os.statusCode]).toEqual(['InvalidInstance.NotMatch', 403]);
    const disabled = await failure(run({ commandContent: 'echo {{a}}', parameters: { a: '1' }, instanceId: pick(instances, 'web-prod-001') }));
    expect([disabled.code, disabled.statusCode]).toEqual(['Parameter.Disabled', 404]);
    const noType = await failure(client.runCommand(new $Ecs.RunCommandRequest({ regionId: 'cn-shanghai', commandContent: 'ls', instanceId: pick(instances, 'web-prod-001') })));
    expect([noType.code, noType.statusCode, noType.message]).toEqual(['MissingParameter', 400, expect.stringContaining('Type')]);
    const period = await failure(run({ repeatMode: 'Period', instanceId: pick(instances, 'web-prod-001') }));
    expect([period.code, period.statusCode]).toEqual(['MissingParam.Frequency', 403]);
  });

  it('DryRun checks without running or saving; a ClientToken replay answers the same IDs', async () => {
    const dry = await run({ repeatMode: 'DryRun', name: 'dry-only', keepCommand: true, instanceId: pick(instances, 'web-prod-001') });
    expect(dry.body?.invokeId).toBeUndefined();
    expect(await commandsNamed('dry-only')).toEqual([]);
    const stopped = await failure(run({ repeatMode: 'DryRun', instanceId: pick(instances, 'web-prod-037') }));
    expect([stopped.code, stopped.statusCode]).toEqual(['InvalidInstance.NotMatch', 403]);
    const first = await run({ clientToken: 'run-once-123', instanceId: pick(instances, 'web-prod-007') });
    const second = await run({ clientToken: 'run-once-123', instanceId: pick(instances, 'web-prod-007') });
    expect(second.body).toMatchObject({ commandId: first.body?.commandId, invokeId: first.body?.invokeId });
  });
});

describe('ModifyCommand', () => {
  it('changes name, description, working directory, timeout and launcher in place; content stays', async () => {
    const created = await client.createCommand(new $Ecs.CreateCommandRequest({ regionId: 'cn-shanghai', name: 'to-modify', type: 'RunShellScript', contentEncoding: 'PlainText', commandContent: 'echo v1' }));
    const commandId = created.body?.commandId ?? '';
    await client.modifyCommand(new $Ecs.ModifyCommandRequest({ regionId: 'cn-shanghai', commandId, name: 'modified', description: 'now described', workingDir: '/srv', timeout: 300, launcher: 'bash', commandContent: Buffer.from('echo v2').toString('base64') }));
    const [found] = (await client.describeCommands(new $Ecs.DescribeCommandsRequest({ regionId: 'cn-shanghai', commandId, contentEncoding: 'PlainText' }))).body?.commands?.command ?? [];
    expect(found).toMatchObject({ name: 'modified', description: 'now described', workingDir: '/srv', timeout: 300, launcher: 'bash', commandContent: 'echo v1' });
    const unknown = await failure(client.modifyCommand(new $Ecs.ModifyCommandRequest({ regionId: 'cn-shanghai', commandId: 'c-sh0nosuchcommand', name: 'x' })));
    expect([unknown.code, unknown.statusCode]).toEqual(['InvalidCmdId.NotFound', 404]);
    const short = await failure(client.modifyCommand(new $Ecs.ModifyCommandRequest({ regionId: 'cn-shanghai', commandId, timeout: 5 })));
    expect([short.code, short.statusCode, short.message]).toEqual(['InvalidParameter', 400, expect.stringContaining('Timeout')]);
  });

  it('CreateCommand keeps every documented field: EnableParameter, Launcher, ResourceGroupId, Tag.N', async () => {
    const created = await client.createCommand(new $Ecs.CreateCommandRequest({
      regionId: 'cn-shanghai', name: 'all-fields', type: 'RunShellScript', commandContent: Buffer.from('echo {{x}}').toString('base64'),
      enableParameter: true, launcher: 'sh', resourceGroupId: 'rg-ops', tag: [new $Ecs.CreateCommandRequestTag({ key: 'team', value: 'ops' })],
    }));
    const [found] = await commandsNamed('all-fields');
    expect(found).toMatchObject({ commandId: created.body?.commandId, enableParameter: true, launcher: 'sh', resourceGroupId: 'rg-ops', parameterNames: { parameterName: ['x'] } });
    expect(found?.tags?.tag?.[0]).toMatchObject({ tagKey: 'team', tagValue: 'ops' });
  });
});
