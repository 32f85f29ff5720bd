import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { logger } from '@/lib/logger';

import { EcsError } from './errors';
import { startTestSandbox, type TestSandbox } from './test-sandbox';

const REGION = 'cn-shanghai';
const SECRET_KEY = 'sandbox-secret-DO-NOT-LOG-4d1e';
const STS_TOKEN = 'CAIS-sts-token-DO-NOT-LOG-9f3b';
const SECRET_VALUE = 'hunter2-registry-DO-NOT-LOG-77aa';

let t: TestSandbox;
let lines: string[];
const sts = () => ({ accessKeyId: t.sandbox.accessKeyId, accessKeySecret: SECRET_KEY, securityToken: STS_TOKEN });

beforeAll(async () => {
  t = await startTestSandbox({ accessKeySecret: SECRET_KEY, securityToken: STS_TOKEN });
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.control('DELETE', '/_sandbox/faults');
  await t.forget();
  // The app's own logger, at its most talkative, captured where it writes.
  lines = [];
  vi.stubEnv('LOG_LEVEL', 'debug');
  const capture = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
  vi.spyOn(console, 'info').mockImplementation(capture);
  vi.spyOn(console, 'error').mockImplementation(capture);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('logs never contain secrets', () => {
  it('logs each call (action, region, attempt, duration, outcome, RequestId) but no key, token, parameter value or content', async () => {
    const client = t.client({ credentials: sts(), logger, readTimeoutMs: 500, connectTimeoutMs: 500 });
    const command = (await client.describeCommands(REGION, { name: 'patch-web.sh' })).items[0];
    expect(command?.content).toContain('docker login');
    const page = await client.listInstancesWithAgentPage(REGION, null, { status: 'Running', name: 'web-*' });
    const targets = page.items.filter((instance) => instance.agentOnline && instance.osType === 'linux').slice(0, 2);
    const input = {
      CommandId: command?.commandId ?? '',
      InstanceId: targets.map((instance) => instance.instanceId),
      Parameters: { registry_token: SECRET_VALUE, packages: 'nginx' },
    };
    const { invokeId, requestId } = await client.invokeCommand(REGION, { ...input, ClientToken: 'secret-launch-1' });
    await t.control('POST', '/_sandbox/clock', { advance: '10m' });
    const invocation = (await client.describeInvocations(REGION, { invokeId, includeOutput: true })).items[0];
    // The secret did reach Alibaba (and comes back in the record) — it just is never logged.
    expect(invocation?.parameters.registry_token).toBe(SECRET_VALUE);
    await client.describeInvocationResults(REGION, { invokeId });

    // A failure whose raw error message (from httpx) holds the whole URL, Parameters included.
    await t.faults({ InvokeCommand: { latencyMs: 2_500 } });
    const timeout = await client.invokeCommand(REGION, input).catch((caught: unknown) => caught);
    expect(timeout).toMatchObject({ code: 'Timeout' });
    // A failure Alibaba answers.
    await t.control('DELETE', '/_sandbox/faults');
    const refused = await client
      .invokeCommand(REGION, { ...input, Parameters: { ...input.Parameters, undeclared: SECRET_VALUE } })
      .catch((caught: unknown) => caught);
    expect(refused).toMatchObject({ code: 'Parameter.NotMatched' });

    const written = lines.join('\n');
    expect(written).toContain('"action":"InvokeCommand"');
    expect(written).toContain(`"requestId":"${requestId}"`);
    expect(written).toContain('"outcome":"Timeout"');
    for (const secret of [SECRET_VALUE, STS_TOKEN, SECRET_KEY, 'registry_token', 'docker login', 'ACS3-HMAC-SHA256', 'Signature=']) {
      expect(written, secret).not.toContain(secret);
    }
    for (const error of [timeout, refused]) {
      const shown = `${(error as EcsError).message} ${(error as EcsError).detail}`;
      expect(shown).not.toContain(SECRET_VALUE);
    }
  });
});

describe('signature and key errors', () => {
  it('reports a wrong secret as SignatureDoesNotMatch with its RequestId, and does not retry it', async () => {
    const error = await t
      .client({ credentials: { ...sts(), accessKeySecret: 'wrong-secret' } })
      .describeRegions()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EcsError);
    const calls = await t.requests();
    expect(calls).toHaveLength(1);
    expect(error).toMatchObject({ code: 'SignatureDoesNotMatch', status: 400, retryable: false, requestId: calls[0]?.requestId });
    expect((error as EcsError).message).toMatch(/AccessKey secret is probably wrong/);
  });

  it('reports an unknown key and a missing STS token with their own codes', async () => {
    const unknown = await t
      .client({ credentials: { accessKeyId: 'LTAI-unknown', accessKeySecret: 'x' } })
      .describeRegions()
      .catch((caught: unknown) => caught);
    expect(unknown).toMatchObject({ code: 'InvalidAccessKeyId.NotFound', status: 404, retryable: false });
    const noToken = await t
      .client({ credentials: { accessKeyId: t.sandbox.accessKeyId, accessKeySecret: SECRET_KEY } })
      .describeRegions()
      .catch((caught: unknown) => caught);
    expect(noToken).toMatchObject({ status: 400, retryable: false });
    expect(await t.requests()).toHaveLength(2);
  });
});
