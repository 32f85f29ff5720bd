import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { InvokeCommandInfo, InvokeInstanceInfo, InvokeRequest } from '@/lib/invoke';

import { EcsError } from './errors';
import { startTestSandbox, type TestSandbox } from './test-sandbox';
import type { EcsCommand } from './types';

const REGION = 'cn-shanghai';

let t: TestSandbox;
let linuxTargets: string[];

beforeAll(async () => {
  t = await startTestSandbox();
  const page = await t.client().listInstancesWithAgentPage(REGION, null, { status: 'Running' });
  linuxTargets = page.items
    .filter((instance) => instance.osType === 'linux' && instance.networkType === 'vpc' && instance.agentOnline)
    .map((instance) => instance.instanceId);
});
afterAll(() => t.close());
beforeEach(() => t.forget());

async function commandNamed(name: string): Promise<EcsCommand> {
  const page = await t.client().describeCommands(REGION, { name });
  const command = page.items[0];
  if (!command) throw new Error(`no seeded command ${name}`);
  return command;
}

describe('DescribeCommands', () => {
  it('decodes the content and lists parameter names and definitions with defaults', async () => {
    const command = await commandNamed('register-node.sh');
    expect(command).toMatchObject({
      type: 'RunShellScript',
      enableParameter: true,
      timeout: 60,
      workingDir: '/root',
      provider: null,
    });
    expect(command.content).toContain('in cluster {{cluster}}');
    expect(command.content.startsWith('#!/bin/bash\n')).toBe(true);
    expect(command.parameterNames).toContain('cluster');
    expect(command.parameterDefinitions).toContainEqual(
      expect.objectContaining({ name: 'cluster', defaultValue: 'prod-sh', required: false }),
    );
  });

  it('pages with NextToken and finds one command by ID', async () => {
    const first = await t.client().describeCommands(REGION, { maxResults: 3 });
    expect(first.items).toHaveLength(3);
    expect(first.nextToken).not.toBeNull();
    const second = await t.client().describeCommands(REGION, { maxResults: 3, nextToken: first.nextToken });
    const firstIds = first.items.map((command) => command.commandId);
    expect(second.items.some((command) => firstIds.includes(command.commandId))).toBe(false);
    const [one] = first.items;
    const byId = await t.client().describeCommands(REGION, { commandId: one?.commandId ?? '' });
    expect(byId.items.map((command) => command.commandId)).toEqual([one?.commandId]);
  });
});

describe('InvokeCommand, DescribeInvocations and DescribeInvocationResults', () => {
  it('launches with parameters and reads back the invocation, its per-instance rows and decoded output', async () => {
    const command = await commandNamed('register-node.sh');
    const targets = linuxTargets.slice(0, 3);
    const { invokeId, requestId } = await t.client().invokeCommand(REGION, {
      CommandId: command.commandId,
      InstanceId: targets,
      RepeatMode: 'Once',
      Parameters: { cluster: 'blue-42' },
      Timeout: 120,
      ClientToken: 'launch-1-batch-1',
    });
    expect(invokeId).toMatch(/^t-/);
    const [logged] = await t.requests('InvokeCommand');
    expect(logged).toMatchObject({ requestId, code: 'OK' });
    expect(logged?.params).toMatchObject({
      'InstanceId.1': targets[0],
      'InstanceId.3': targets[2],
      // The sandbox logs parameter names only; the value is checked through DescribeInvocations below.
      Parameters: '{"cluster":"******"}',
      ClientToken: 'launch-1-batch-1',
      Timeout: '120',
    });

    await t.control('POST', '/_sandbox/clock', { advance: '5m' });
    const invocations = await t.client().describeInvocations(REGION, { invokeId, includeOutput: true });
    expect(invocations.items).toHaveLength(1);
    const invocation = invocations.items[0];
    expect(invocation).toMatchObject({ invokeId, commandId: command.commandId, parameters: { cluster: 'blue-42' }, repeatMode: 'Once' });
    expect(invocation?.commandContent).toBe(command.content);
    expect(invocation?.instances.map((row) => row.instanceId).sort()).toEqual([...targets].sort());
    for (const row of invocation?.instances ?? []) {
      expect(row.output).toContain('in cluster blue-42');
      expect(row).toMatchObject({ invocationStatus: 'Success', exitCode: 0, errorCode: '' });
    }

    const firstPage = await t.client().describeInvocationResults(REGION, { invokeId, maxResults: 2 });
    expect(firstPage.items).toHaveLength(2);
    expect(firstPage.nextToken).not.toBeNull();
    expect(firstPage.totalCount).toBe(3);
    const lastPage = await t.client().describeInvocationResults(REGION, { invokeId, maxResults: 2, nextToken: firstPage.nextToken });
    expect(lastPage.items).toHaveLength(1);
    expect(lastPage.nextToken).toBeNull();
    for (const result of [...firstPage.items, ...lastPage.items]) {
      expect(result).toMatchObject({ invokeId, commandId: command.commandId, invokeRecordStatus: 'Finished', exitCode: 0 });
      expect(result.output).toContain('in cluster blue-42');
    }
  });

  it('takes the request lib/invoke builds as is (Parameters as JSON text), and its types fit the launch rules', async () => {
    const command = await commandNamed('register-node.sh');
    const page = await t.client().listInstancesWithAgentPage(REGION, null, { instanceIds: linuxTargets.slice(8, 10) });
    // What the launch rules read: our types must fit them without a copy.
    const info: InvokeCommandInfo = command;
    const candidates: readonly InvokeInstanceInfo[] = page.items;
    const request: InvokeRequest = {
      RegionId: REGION,
      CommandId: info.commandId,
      InstanceId: candidates.map((instance) => instance.instanceId),
      RepeatMode: 'Once',
      Timed: false,
      Parameters: '{"cluster":"green-7"}',
      ClientToken: 'launch-2-batch-1',
    };
    const { invokeId } = await t.client().invokeCommand(request.RegionId, request);
    expect((await t.requests('InvokeCommand'))[0]?.params).toMatchObject({ Parameters: '{"cluster":"******"}', Timed: 'false' });
    const { items } = await t.client().describeInvocations(REGION, { invokeId });
    expect(items[0]?.parameters).toEqual({ cluster: 'green-7' });
  });

  it('refuses Parameters text that is not a JSON object, without sending it', async () => {
    const error = await t
      .client()
      .invokeCommand(REGION, { CommandId: 'c-x', InstanceId: ['i-x'], Parameters: '["not", "a map"]' })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'InvalidParameter', status: 400 });
    expect(await t.requests('InvokeCommand')).toHaveLength(0);
  });

  it('answers the same ClientToken with the same InvokeId', async () => {
    const command = await commandNamed('health-check.sh');
    const input = { CommandId: command.commandId, InstanceId: linuxTargets.slice(3, 5), ClientToken: 'same-token-twice' };
    const first = await t.client().invokeCommand(REGION, input);
    const second = await t.client().invokeCommand(REGION, input);
    expect(second.invokeId).toBe(first.invokeId);
  });

  it('keeps Dropped when the output passed the limit', async () => {
    const command = await commandNamed('inventory-packages.sh');
    const { invokeId } = await t.client().invokeCommand(REGION, { CommandId: command.commandId, InstanceId: linuxTargets.slice(5, 6) });
    await t.control('POST', '/_sandbox/clock', { advance: '5m' });
    const { items } = await t.client().describeInvocationResults(REGION, { invokeId });
    expect(items[0]?.dropped).toBeGreaterThan(0);
    expect(Buffer.byteLength(items[0]?.output ?? '')).toBeLessThanOrEqual(24 * 1024);
    expect(items[0]?.output).toContain('Package inventory for');
  });

  it('stops a schedule and refuses more than 50 instances before sending', async () => {
    const command = await commandNamed('health-check.sh');
    const { invokeId } = await t.client().invokeCommand(REGION, {
      CommandId: command.commandId,
      InstanceId: linuxTargets.slice(6, 8),
      RepeatMode: 'Period',
      Timed: true,
      Frequency: 'rate(5m)',
    });
    const { requestId } = await t.client().stopInvocation(REGION, invokeId);
    expect((await t.requests('StopInvocation'))[0]).toMatchObject({ requestId, code: 'OK', params: { InvokeId: invokeId } });
    await t.control('POST', '/_sandbox/clock', { advance: '1m' });
    const { items } = await t.client().describeInvocations(REGION, { invokeId });
    expect(items[0]?.invocationStatus).toMatch(/^Stop/);

    const tooMany = Array.from({ length: 51 }, (_, index) => `i-${index}`);
    const error = await t.client().stopInvocation(REGION, invokeId, tooMany).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'InstanceIds.ExceedLimit', status: 400 });
    expect(await t.requests('StopInvocation')).toHaveLength(1);
  });
});

describe('errors Alibaba answers', () => {
  it('surfaces a 4xx as EcsError with Alibaba’s code, status and RequestId, not retried even with a ClientToken', async () => {
    const error = await t
      .client()
      .invokeCommand(REGION, { CommandId: 'c-does-not-exist', InstanceId: linuxTargets.slice(0, 1), ClientToken: 'token-404' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EcsError);
    const calls = await t.requests('InvokeCommand');
    expect(calls).toHaveLength(1);
    expect(error).toMatchObject({ code: 'InvalidCmdId.NotFound', status: 404, retryable: false, requestId: calls[0]?.requestId });
    expect((error as EcsError).message).toMatch(/^The command no longer exists.* Alibaba said: The specified command ID does not exist\./);
    expect(t.waits).toEqual([]);
  });

  it('reports a shell command sent to a Windows instance as InvalidInstance.NotMatch', async () => {
    let windows: string | undefined;
    let nextToken: string | null = null;
    do {
      const page = await t.client().listInstancesWithAgentPage(REGION, nextToken, { status: 'Running' });
      windows = page.items.find((instance) => instance.osType === 'windows' && instance.agentOnline)?.instanceId;
      nextToken = page.nextToken;
    } while (!windows && nextToken);
    expect(windows).toBeDefined();
    const command = await commandNamed('health-check.sh');
    const error = await t
      .client()
      .invokeCommand(REGION, { CommandId: command.commandId, InstanceId: [windows ?? ''] })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'InvalidInstance.NotMatch', status: 403, retryable: false });
  });
});
