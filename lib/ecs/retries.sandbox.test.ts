import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { EcsError } from './errors';
import { startTestSandbox, type TestSandbox } from './test-sandbox';

const REGION = 'cn-shanghai';

let t: TestSandbox;
let commandId: string;
let targets: string[];

beforeAll(async () => {
  t = await startTestSandbox();
  const commands = await t.client().describeCommands(REGION, { name: 'health-check.sh' });
  commandId = commands.items[0]?.commandId ?? '';
  const page = await t.client().listInstancesWithAgentPage(REGION, null, { status: 'Running' });
  targets = page.items
    .filter((instance) => instance.osType === 'linux' && instance.networkType === 'vpc' && instance.agentOnline)
    .map((instance) => instance.instanceId);
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.control('DELETE', '/_sandbox/faults');
  await t.forget();
});

/** An attempt may take at most connect + read = 1 s; the slow answers below take longer. */
const FAST_TIMEOUTS = { readTimeoutMs: 500, connectTimeoutMs: 500 };
const SLOW_MS = 2_500;

const codes = async (action: string) => (await t.requests(action)).map((call) => call.code);
const invocationCount = async () => (await t.control<{ invocations: number }>('GET', '/_sandbox')).invocations;

describe('retries of reads', () => {
  it('waits what x-acs-retry-after says after throttling, re-signs each attempt, and succeeds', async () => {
    await t.faults({ DescribeInstances: { next: ['throttle', 'throttle'], retryAfterMs: 1_234 } });
    const page = await t.client().describeInstancesPage(REGION, { maxResults: 10 });
    expect(page.items).toHaveLength(10);
    expect(t.waits).toEqual([1_234, 1_234]);
    // Every attempt passed the signature and nonce checks (faults are decided after them).
    expect(await codes('DescribeInstances')).toEqual(['Throttling.User', 'Throttling.User', 'OK']);
    expect((await t.requests()).some((call) => call.code === 'SignatureNonceUsed')).toBe(false);
    expect(t.logs.map((line) => [line.fields.attempt, line.fields.outcome, line.fields.retryInMs])).toEqual([
      [1, 'Throttling.User', 1_234],
      [2, 'Throttling.User', 1_234],
      [3, 'OK', undefined],
    ]);
  });

  it('backs off with full jitter after 503s and succeeds on the third attempt', async () => {
    await t.faults({ DescribeCommands: { next: ['unavailable', 'unavailable'] } });
    const page = await t.client().describeCommands(REGION);
    expect(page.items.length).toBeGreaterThan(0);
    // random() = 0.5: half of 200 ms, then half of 400 ms.
    expect(t.waits).toEqual([100, 200]);
    expect(await codes('DescribeCommands')).toEqual(['ServiceUnavailable', 'ServiceUnavailable', 'OK']);
  });

  it('gives up after the last attempt with a retryable EcsError', async () => {
    await t.faults({ DescribeRegions: { unavailable: 1 } });
    const error = await t.client({ maxAttempts: 3 }).describeRegions({ region: REGION }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EcsError);
    expect(error).toMatchObject({ code: 'ServiceUnavailable', status: 503, retryable: true, attempts: 3 });
    expect(t.waits).toHaveLength(2);
    expect(await codes('DescribeRegions')).toEqual(['ServiceUnavailable', 'ServiceUnavailable', 'ServiceUnavailable']);
  });

  it('does not wait for a retry-after longer than the cap: the caller gets the throttling error', async () => {
    await t.faults({ DescribeRegions: { throttle: 1, retryAfterMs: 60_000 } });
    const error = await t.client().describeRegions({ region: REGION }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'Throttling.User', status: 400, retryable: true, retryAfterMs: 60_000, attempts: 1 });
    expect(t.waits).toEqual([]);
  });

  it('retries StopInvocation after an internal error', async () => {
    const { invokeId } = await t.client().invokeCommand(REGION, {
      CommandId: commandId,
      InstanceId: targets.slice(0, 1),
      RepeatMode: 'Period',
      Frequency: 'rate(10m)',
    });
    await t.faults({ StopInvocation: { next: ['internalError'] } });
    await t.client().stopInvocation(REGION, invokeId);
    expect(await codes('StopInvocation')).toEqual(['InternalError.Dispatch', 'OK']);
  });
});

describe('retries of InvokeCommand', () => {
  it('never retries a call without a ClientToken: one 500, one call, nothing sent again', async () => {
    await t.faults({ InvokeCommand: { next: ['internalError'] } });
    const before = await invocationCount();
    const error = await t
      .client()
      .invokeCommand(REGION, { CommandId: commandId, InstanceId: targets.slice(0, 2) })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'InternalError.Dispatch', status: 500, attempts: 1 });
    expect((error as EcsError).requestId).toBe((await t.requests('InvokeCommand'))[0]?.requestId);
    expect(await codes('InvokeCommand')).toEqual(['InternalError.Dispatch']);
    expect(t.waits).toEqual([]);
    expect(await invocationCount()).toBe(before);
  });

  it('retries a call with a ClientToken, sending the same token each time, and one InvokeId results', async () => {
    await t.faults({ InvokeCommand: { next: ['internalError', 'unavailable'] } });
    const before = await invocationCount();
    const { invokeId } = await t
      .client()
      .invokeCommand(REGION, { CommandId: commandId, InstanceId: targets.slice(0, 2), ClientToken: 'launch-7-batch-1' });
    const calls = await t.requests('InvokeCommand');
    expect(calls.map((call) => call.code)).toEqual(['InternalError.Dispatch', 'ServiceUnavailable', 'OK']);
    expect(new Set(calls.map((call) => call.params.ClientToken))).toEqual(new Set(['launch-7-batch-1']));
    expect(await invocationCount()).toBe(before + 1);
    expect((await t.client().describeInvocations(REGION, { invokeId })).items).toHaveLength(1);
  });

  it('retries after a read timeout on a call the sandbox did run: still exactly one invocation', async () => {
    await t.faults({ InvokeCommand: { latencyMs: SLOW_MS } });
    t.onNextWait(() => t.control('DELETE', '/_sandbox/faults'));
    const before = await invocationCount();
    const { invokeId } = await t
      .client(FAST_TIMEOUTS)
      .invokeCommand(REGION, { CommandId: commandId, InstanceId: targets.slice(2, 3), ClientToken: 'launch-8-batch-1' });
    expect(t.logs[0]?.fields).toMatchObject({ attempt: 1, outcome: 'Timeout' });
    // The first attempt finishes on the sandbox after its latency: wait until both have run.
    for (let tries = 0; tries < 100 && (await t.requests('InvokeCommand')).length < 2; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await codes('InvokeCommand')).toEqual(['OK', 'OK']);
    expect(await invocationCount()).toBe(before + 1);
    expect((await t.client().describeInvocations(REGION, { invokeId })).items).toHaveLength(1);
  });

  it('retries after a reply lost on the way back (the call was carried out): still exactly one invocation', async () => {
    await t.faults({ InvokeCommand: { next: ['lostReply'] } });
    const before = await invocationCount();
    const { invokeId } = await t.client().invokeCommand(REGION, { CommandId: commandId, InstanceId: targets.slice(3, 4), ClientToken: 'launch-9-batch-1' });
    expect(await codes('InvokeCommand')).toEqual(['ReplyLost', 'OK']);
    expect(t.logs[0]?.fields).toMatchObject({ attempt: 1, outcome: 'NetworkError' });
    expect(await invocationCount()).toBe(before + 1);
    expect((await t.client().describeInvocations(REGION, { invokeId })).items).toHaveLength(1);
  });
});

describe('network failures', () => {
  it('turns a read timeout into a retryable Timeout EcsError', async () => {
    await t.faults({ DescribeRegions: { latencyMs: SLOW_MS } });
    const error = await t.client({ ...FAST_TIMEOUTS, maxAttempts: 1 }).describeRegions().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EcsError);
    expect(error).toMatchObject({ code: 'Timeout', status: 504, retryable: true });
    expect((error as EcsError).requestId).toBeUndefined();
  });

  it('times out on a reused keep-alive connection too (the SDK’s own read timer does not)', async () => {
    const client = t.client({ ...FAST_TIMEOUTS, maxAttempts: 1 });
    await client.describeRegions();
    await t.faults({ DescribeRegions: { latencyMs: 2 * SLOW_MS } });
    // Without our own deadline the call would simply succeed after the added latency.
    const error = await client.describeRegions().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'Timeout' });
  });

  it('waits for an answer slower than the connect timeout but within the read timeout', async () => {
    await t.faults({ DescribeRegions: { latencyMs: 600 } });
    const client = t.client({ connectTimeoutMs: 200, readTimeoutMs: 2_000, maxAttempts: 1 });
    expect((await client.describeRegions()).regions.length).toBeGreaterThan(0);
    expect((await client.describeRegions()).regions.length).toBeGreaterThan(0);
  });

  it('retries a read after a timeout and after a dropped connection', async () => {
    await t.faults({ DescribeRegions: { latencyMs: SLOW_MS } });
    t.onNextWait(() => t.faults({ DescribeRegions: { next: ['drop'] } }));
    const { regions } = await t.client(FAST_TIMEOUTS).describeRegions();
    expect(regions.length).toBeGreaterThan(0);
    expect(t.logs.map((line) => line.fields.outcome)).toEqual(['Timeout', 'NetworkError', 'OK']);
    // What failed on the wire is named, in our words (never the URL the raw error carries).
    expect(t.logs.map((line) => line.fields.detail)).toEqual(['No answer (read timeout).', expect.stringMatching(/^Connection failed \((ECONNRESET|socket hang up)\)\.$/), undefined]);
  });
});
