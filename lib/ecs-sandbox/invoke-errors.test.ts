import * as $Ecs from '@alicloud/ecs20140526';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from './server';
import { ecsClient, failure, popClient } from './testing/clients';
import { advance, testSandbox } from './testing/harness';
import { commandIds, instanceIds, pick, webProd } from './testing/lookup';

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

function invoke(fields: Partial<$Ecs.InvokeCommandRequest>) {
  return client.invokeCommand(new $Ecs.InvokeCommandRequest({ regionId: 'cn-shanghai', ...fields }));
}
const command = (name: string) => commands.get(name) ?? 'missing';
const web = (from: number, to: number) => pick(instances, ...webProd(from, to));

async function expectError(call: Promise<unknown>, code: string, status: number) {
  const error = await failure(call);
  expect({ code: error.code, status: error.statusCode }).toEqual({ code, status });
  return error;
}

describe('InvokeCommand answers every rule of the seed with its code and HTTP status', () => {
  it('InstanceIds.ExceedLimit (403) past 50 instances', async () => {
    await expectError(invoke({ commandId: command('health-check.sh'), instanceId: web(1, 52).filter((_, i) => i !== 36) }), 'InstanceIds.ExceedLimit', 403);
  });

  it('MissingParam.Frequency (403) for Timed=true or RepeatMode=Period without a Frequency', async () => {
    await expectError(invoke({ commandId: command('health-check.sh'), instanceId: web(1, 1), timed: true }), 'MissingParam.Frequency', 403);
    await expectError(invoke({ commandId: command('health-check.sh'), instanceId: web(1, 1), repeatMode: 'Period' }), 'MissingParam.Frequency', 403);
  });

  it.each([
    ['a five-field cron', '15 10 * * *'],
    ['a cron firing every 5 seconds', '*/5 * * * * ?'],
    ['rate() under 60 s', 'rate(30s)'],
    ['rate() over 7 days', 'rate(8d)'],
    ['rate(0m)', 'rate(0m)'],
    ['an at() in the past', 'at(2020-01-01 00:00:00 UTC)'],
    ['a GMT offset with a leading zero', '0 0 2 ? * MON-FRI GMT+08:00'],
    ['an interval not longer than the timeout', 'rate(1m)'],
  ])('InvalidParam.Frequency (403) for %s', async (_label, frequency) => {
    const error = await expectError(
      invoke({ commandId: command('patch-web.sh'), instanceId: web(1, 1), timed: true, frequency, timeout: 300 }),
      'InvalidParam.Frequency',
      403,
    );
    expect(error.message).toContain('The specified frequency is invalid.');
  });

  it('InvalidCmdId.NotFound (404), including a command of another region', async () => {
    await expectError(invoke({ commandId: 'c-sh0doesnotexist', instanceId: web(1, 1) }), 'InvalidCmdId.NotFound', 404);
    const hangzhou = await commandIds(client, 'cn-hangzhou');
    await expectError(invoke({ commandId: hangzhou.get('health-check.sh'), instanceId: web(1, 1) }), 'InvalidCmdId.NotFound', 404);
  });

  it('InvalidInstance.NotFound (404) for an unknown ID', async () => {
    const error = await expectError(invoke({ commandId: command('health-check.sh'), instanceId: [...web(1, 2), 'i-uf6doesnotexist'] }), 'InvalidInstance.NotFound', 404);
    expect(error.message).toContain('i-uf6doesnotexist');
  });

  it.each([
    ['a shell command on Windows', 'win-app-prod-01', 'cannot run on a Windows instance'],
    ['a Stopped instance', 'web-prod-037', 'Stopped'],
    ['the classic network', 'legacy-batch-01', 'classic network'],
    ['an offline agent', 'worker-prod-11', 'offline'],
    ['no agent at all', 'build-01', 'not installed'],
  ])('InvalidInstance.NotMatch (403) for %s, failing the whole call', async (_label, bad, reason) => {
    const error = await expectError(invoke({ commandId: command('health-check.sh'), instanceId: [...web(1, 3), ...pick(instances, bad)] }), 'InvalidInstance.NotMatch', 403);
    expect(error.message).toContain(reason);
  });

  it('InvalidInstance.NotMatch (403) for a PowerShell command on Linux', async () => {
    await expectError(invoke({ commandId: command('deploy-service.ps1'), instanceId: web(1, 1), parameters: { version: '1' } }), 'InvalidInstance.NotMatch', 403);
  });

  it('Parameter.Disabled (404) when the command does not take parameters', async () => {
    await expectError(invoke({ commandId: command('health-check.sh'), instanceId: web(1, 1), parameters: { name: 'x' } }), 'Parameter.Disabled', 404);
  });

  it('ParameterCount.ExceedLimit (403) past 10 parameters', async () => {
    const parameters = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`p${i}`, 'x']));
    await expectError(invoke({ commandId: command('patch-web.sh'), instanceId: web(1, 1), parameters }), 'ParameterCount.ExceedLimit', 403);
  });

  it('ParameterKey.ExceedLimit (403) for a name over 64 characters', async () => {
    await expectError(invoke({ commandId: command('patch-web.sh'), instanceId: web(1, 1), parameters: { ['k'.repeat(65)]: 'x' } }), 'ParameterKey.ExceedLimit', 403);
  });

  it('ParameterKey.Duplicate (403) for a key repeated in the raw JSON, in any case', async () => {
    const pop = popClient(sandbox);
    for (const raw of ['{"packages":"a","packages":"b"}', '{"packages":"a","Packages":"b"}']) {
      const error = await failure(pop.request('InvokeCommand', { RegionId: 'cn-shanghai', CommandId: command('patch-web.sh'), InstanceId: web(1, 1), Parameters: raw }));
      expect(error.code).toBe('ParameterKey.Duplicate');
      expect((error.data as { Code: string }).Code).toBe('ParameterKey.Duplicate');
    }
  });

  it('Parameter.NotMatched (403) for a name the command does not declare', async () => {
    const error = await expectError(invoke({ commandId: command('patch-web.sh'), instanceId: web(1, 1), parameters: { pakages: 'nginx' } }), 'Parameter.NotMatched', 403);
    expect(error.message).toContain('pakages');
  });

  it('CmdContent.ExceedLimit (403) on the Base64 of the content with parameters substituted', async () => {
    await expectError(
      invoke({ commandId: command('patch-web.sh'), instanceId: web(1, 1), parameters: { packages: 'x'.repeat(13_000), registry_token: 't' } }),
      'CmdContent.ExceedLimit',
      403,
    );
  });

  it('Username.ExceedLimit (403) past 255 characters', async () => {
    await expectError(invoke({ commandId: command('health-check.sh'), instanceId: web(1, 1), username: 'u'.repeat(256) }), 'Username.ExceedLimit', 403);
  });

  it('RegionId.ApiNotSupported (400) in a listed region without Cloud Assistant, InvalidRegionId.NotFound (404) in an unknown one', async () => {
    await expectError(invoke({ regionId: 'cn-nanjing', commandId: 'c-x', instanceId: ['i-x'] }), 'RegionId.ApiNotSupported', 400);
    await expectError(invoke({ regionId: 'mars-north-1', commandId: 'c-x', instanceId: ['i-x'] }), 'InvalidRegionId.NotFound', 404);
    const ecsWorks = await client.describeInstances(new $Ecs.DescribeInstancesRequest({ regionId: 'cn-nanjing' }));
    expect(ecsWorks.body?.totalCount).toBe(12);
  });

  it('MissingParameter (400) naming CommandId or InstanceId.N', async () => {
    const noCommand = await expectError(invoke({ instanceId: web(1, 1) }), 'MissingParameter', 400);
    expect(noCommand.message).toContain('CommandId');
    const noInstances = await expectError(invoke({ commandId: command('health-check.sh') }), 'MissingParameter', 400);
    expect(noInstances.message).toContain('InstanceId.N');
  });

  it('InvalidParameter (400) naming Timeout under 10 seconds', async () => {
    const error = await expectError(invoke({ commandId: command('health-check.sh'), instanceId: web(1, 1), timeout: 5 }), 'InvalidParameter', 400);
    expect(error.message).toContain('Timeout');
  });

  it('accepts a valid call in all three clients, and DryRun checks without creating anything', async () => {
    const v3 = await invoke({ commandId: command('health-check.sh'), instanceId: web(1, 2) });
    expect(v3.body?.invokeId).toMatch(/^t-sh0[a-z0-9]{12}$/);
    const v2 = await ecsClient(sandbox, { signature: 'v2' }).invokeCommand(
      new $Ecs.InvokeCommandRequest({ regionId: 'cn-shanghai', commandId: command('health-check.sh'), instanceId: web(3, 4) }),
    );
    expect(v2.body?.invokeId).toMatch(/^t-/);
    const pop = await popClient(sandbox).request<{ InvokeId: string }>(
      'InvokeCommand',
      { RegionId: 'cn-shanghai', CommandId: command('patch-web.sh'), InstanceId: web(5, 6), Parameters: JSON.stringify({ registry_token: 's3cret' }), Username: 'deploy' },
      { method: 'POST' },
    );
    expect(pop.InvokeId).toMatch(/^t-/);
    const dry = await invoke({ commandId: command('health-check.sh'), instanceId: web(7, 8), repeatMode: 'DryRun' });
    expect(dry.statusCode).toBe(200);
    expect(dry.body?.invokeId).toBeUndefined();
    await expectError(invoke({ commandId: command('health-check.sh'), instanceId: pick(instances, 'web-prod-037'), repeatMode: 'DryRun' }), 'InvalidInstance.NotMatch', 403);
  });
});

describe('the daily quota and ClientToken idempotency', () => {
  it('Invocation.ExceedQuota (403) once the region has used its calls for the UTC day; the next day works again', async () => {
    const small = await testSandbox({ limits: { dailyInvocations: 2 } });
    try {
      const smallClient = ecsClient(small);
      const ids = await instanceIds(smallClient);
      const cmd = (await commandIds(smallClient)).get('health-check.sh');
      const call = () => smallClient.invokeCommand(new $Ecs.InvokeCommandRequest({ regionId: 'cn-shanghai', commandId: cmd, instanceId: pick(ids, 'web-prod-001') }));
      await call();
      await call();
      const error = await failure(call());
      expect([error.code, error.statusCode]).toEqual(['Invocation.ExceedQuota', 403]);
      await advance(small, '1d');
      expect((await call()).body?.invokeId).toMatch(/^t-/);
    } finally {
      await small.close();
    }
  });

  it('returns the same InvokeId for the same token and request, and refuses a different request', async () => {
    const request = { commandId: command('health-check.sh'), instanceId: web(10, 12), clientToken: 'launch-42-batch-1' };
    const first = await invoke(request);
    const again = await invoke(request);
    expect(again.body?.invokeId).toBe(first.body?.invokeId);
    const list = await client.describeInvocations(new $Ecs.DescribeInvocationsRequest({ regionId: 'cn-shanghai', commandId: request.commandId, instanceId: web(10, 10)[0] }));
    expect(list.body?.invocations?.invocation?.filter((invocation) => invocation.invokeId === first.body?.invokeId)).toHaveLength(1);
    expect(list.body?.totalCount).toBe(1);
    await expectError(invoke({ ...request, instanceId: web(10, 13) }), 'IdempotentParameterMismatch', 400);
  });
});
