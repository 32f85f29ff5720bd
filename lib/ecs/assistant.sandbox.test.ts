import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { EcsError } from './errors';
import { prodWebFleet, startTestSandbox, type TestSandbox } from './test-sandbox';

const REGION = 'cn-shanghai';

let t: TestSandbox;
let web: string[];

beforeAll(async () => {
  t = await startTestSandbox({ seedHistory: false });
  web = (await prodWebFleet(t.client(), REGION)).map((instance) => instance.instanceId);
});
afterAll(() => t.close());

const advance = (duration: string) => t.control('POST', '/_sandbox/clock', { advance: duration });

describe('the rest of Cloud Assistant through lib/ecs', () => {
  it('runCommand runs a script unsaved and reads back its tags; DryRun answers no IDs', async () => {
    const client = t.client();
    const run = await client.runCommand(REGION, {
      Type: 'RunShellScript', CommandContent: 'echo hi {{who}}', EnableParameter: true, Parameters: { who: 'ops' },
      InstanceId: web.slice(0, 2), Tag: [{ key: 'invokedeck:launch', value: 'L-1' }],
    });
    expect(run.invokeId).toMatch(/^t-/);
    await advance('30s');
    const page = await client.describeInvocations(REGION, { tags: [{ key: 'invokedeck:launch', value: 'L-1' }], invokeId: run.invokeId, includeOutput: true });
    expect(page.items[0]).toMatchObject({ commandId: run.commandId, parameters: { who: 'ops' }, tags: [{ key: 'invokedeck:launch', value: 'L-1' }] });
    expect(page.items[0]?.instances.map((instance) => instance.output)).toEqual(['hi ops\n', 'hi ops\n']);
    const dry = await client.runCommand(REGION, { Type: 'RunShellScript', CommandContent: 'ls', InstanceId: web.slice(0, 1), RepeatMode: 'DryRun' });
    expect([dry.invokeId, dry.commandId]).toEqual(['', '']);
  });

  it('creates, modifies and deletes a command; public commands come with their provider', async () => {
    const client = t.client();
    const { commandId } = await client.createCommand(REGION, { name: 'lib-made', type: 'RunShellScript', content: 'echo {{x}}', enableParameter: true, timeout: 90 });
    await client.modifyCommand(REGION, commandId, { name: 'lib-renamed', timeout: 120 });
    const [saved] = (await client.describeCommands(REGION, { commandId })).items;
    expect(saved).toMatchObject({ name: 'lib-renamed', timeout: 120, content: 'echo {{x}}', parameterNames: ['x'], provider: null });
    await client.deleteCommand(REGION, commandId);
    expect((await client.describeCommands(REGION, { commandId })).items).toEqual([]);
    const publicOnes = await client.describeCommands(REGION, { provider: 'AlibabaCloud', latest: true });
    expect(publicOnes.items.length).toBeGreaterThan(0);
    expect(publicOnes.items.every((command) => command.provider?.startsWith('AlibabaCloud'))).toBe(true);
  });

  it('lists managed instances and launches on one; changes a schedule in place', async () => {
    const client = t.client();
    const managed = await client.describeManagedInstances(REGION, { connected: true, osType: 'linux' });
    expect(managed.items.map((instance) => instance.name)).toEqual(['onprem-db-01', 'onprem-web-01']);
    expect(managed.items[0]).toMatchObject({ osType: 'linux', connected: true, hostName: 'db01.dc1.example.internal' });
    const target = managed.items[0]?.instanceId ?? '';
    const run = await client.runCommand(REGION, { Type: 'RunShellScript', CommandContent: 'echo v1', InstanceId: [target], RepeatMode: 'Period', Frequency: 'rate(5m)' });
    const changed = await client.modifyInvocation(REGION, run.invokeId, { frequency: 'rate(10m)', content: 'echo v2' });
    expect(changed.commandId).toMatch(/^c-/);
    const [found] = (await client.describeInvocations(REGION, { instanceId: target })).items;
    expect([found?.frequency, found?.commandContent]).toEqual(['rate(10m)', 'echo v2']);
  });

  it('reads the daily quota from DescribeAccountAttributes, and passes Alibaba’s codes through', async () => {
    const client = t.client();
    expect((await client.describeDailyInvocationQuota(REGION)).quota).toBe(5000);
    const error = await client.modifyInvocation(REGION, 't-sh0nosuchinvoke', { frequency: 'rate(10m)' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EcsError);
    expect([(error as EcsError).code, (error as EcsError).action]).toEqual(['InvalidInvokeId.NotFound', 'ModifyInvocationAttribute']);
  });
});
