import * as $Ecs from '@alicloud/ecs20140526';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestLogEntry } from './state/request-log';
import type { RunningSandbox } from './server';
import { ecsClient, failure, popClient } from './testing/clients';
import { control, rawRequest, testSandbox } from './testing/harness';

let sandbox: RunningSandbox;
let client: ReturnType<typeof ecsClient>;

beforeAll(async () => {
  sandbox = await testSandbox();
  client = ecsClient(sandbox);
});
afterAll(() => sandbox.close());

const regions = () => client.describeRegions(new $Ecs.DescribeRegionsRequest({}));

describe('who may use the control endpoints', () => {
  const host = () => `127.0.0.1:${sandbox.port}`;
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('generates a 32-byte token when none is configured', () => {
    expect(sandbox.controlToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('answers 401 without the token or with a wrong one, and never repeats a token', async () => {
    const wrong = 'not-the-token-but-long-enough';
    const none = await rawRequest(sandbox, 'GET', '/_sandbox/requests', { host: host() });
    const bad = await rawRequest(sandbox, 'POST', '/_sandbox/reset', { host: host(), ...bearer(wrong) });
    for (const answer of [none, bad]) {
      expect(answer.status).toBe(401);
      expect(answer.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(answer.text)).toEqual({ error: expect.stringContaining('Authorization: Bearer') });
      expect(answer.text).not.toContain(sandbox.controlToken);
      expect(answer.text).not.toContain(wrong);
    }
    expect((await rawRequest(sandbox, 'GET', '/_sandbox/requests', { host: host(), authorization: sandbox.controlToken })).status).toBe(401);
  });

  it('answers the right token, with Host an IP literal or localhost on any port; health needs no token', async () => {
    for (const name of [host(), `localhost:${sandbox.port}`, 'LOCALHOST', '[::1]:80', '10.1.2.3:8787']) {
      expect((await rawRequest(sandbox, 'GET', '/_sandbox/clock', { host: name, ...bearer(sandbox.controlToken) })).status, name).toBe(200);
    }
    const health = await rawRequest(sandbox, 'GET', '/_sandbox/health', { host: host() });
    expect([health.status, JSON.parse(health.text)]).toEqual([200, { ok: true }]);
  });

  it('refuses any other Host (DNS rebinding) with 403, even with the right token', async () => {
    for (const name of ['evil.example:8787', 'localhost.evil.example', '127.0.0.1.nip.io:8787']) {
      const answer = await rawRequest(sandbox, 'GET', '/_sandbox/requests', { host: name, ...bearer(sandbox.controlToken) });
      expect(answer.status, name).toBe(403);
    }
    expect((await rawRequest(sandbox, 'GET', '/_sandbox/health', { host: 'evil.example' })).status).toBe(403);
  });

  it('refuses a CORS preflight and never sends CORS headers', async () => {
    const preflight = await rawRequest(sandbox, 'OPTIONS', '/_sandbox/reset', {
      host: host(),
      origin: 'https://evil.example',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization',
    });
    expect(preflight.status).toBeGreaterThanOrEqual(400);
    const simple = await rawRequest(sandbox, 'GET', '/_sandbox/clock', { host: host(), origin: 'https://evil.example', ...bearer(sandbox.controlToken) });
    for (const answer of [preflight, simple]) {
      expect(Object.keys(answer.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
  });
});

describe('fault injection', () => {
  it('queues deterministic faults per action: throttling (with x-acs-retry-after), 500 and 503', async () => {
    await control(sandbox, 'POST', '/_sandbox/faults', { DescribeRegions: { next: ['throttle', 'internalError', 'unavailable'], retryAfterMs: 2500 } });
    const throttled = await failure(regions());
    expect([throttled.code, throttled.statusCode, throttled.retryAfter]).toEqual(['Throttling.User', 400, 2500]);
    const internal = await failure(regions());
    expect([internal.code, internal.statusCode]).toEqual(['InternalError.Dispatch', 500]);
    const unavailable = await failure(regions());
    expect([unavailable.code, unavailable.statusCode]).toEqual(['ServiceUnavailable', 503]);
    expect((await regions()).statusCode).toBe(200);
    await control(sandbox, 'DELETE', '/_sandbox/faults');
  });

  it('drops connections, adds latency, and applies `*` to every action at a rate', async () => {
    await control(sandbox, 'POST', '/_sandbox/faults', { '*': { next: ['drop'], latencyMs: 150 } });
    const dropped = await failure(regions());
    expect(dropped.code).not.toBe('Throttling.User');
    const started = performance.now();
    await regions();
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    await control(sandbox, 'POST', '/_sandbox/faults', { DescribeRegions: { throttle: 1 } });
    expect((await failure(regions())).code).toBe('Throttling.User');
    expect((await client.describeCommands(new $Ecs.DescribeCommandsRequest({ regionId: 'cn-shanghai' }))).statusCode).toBe(200);
    const bad = await control(sandbox, 'POST', '/_sandbox/faults', { DescribeRegions: { throttle: 2 } });
    expect(bad.status).toBe(400);
    await control(sandbox, 'DELETE', '/_sandbox/faults');
    expect((await control<{ faults: object }>(sandbox, 'GET', '/_sandbox/faults')).body.faults).toEqual({});
  });

  it('narrows a rule to calls with the given parameters (`when`), other calls of the action answer as usual', async () => {
    const byId = (invokeId: string) => client.describeInvocations(new $Ecs.DescribeInvocationsRequest({ regionId: 'cn-shanghai', invokeId }));
    await control(sandbox, 'POST', '/_sandbox/faults', { DescribeInvocations: { internalError: 1, next: ['throttle'], when: { InvokeId: 't-sh00000000fail01' } } });
    expect((await byId('t-sh00000000else01')).statusCode).toBe(200);
    // The queue is consumed by matching calls only: the call above left it whole.
    expect((await failure(byId('t-sh00000000fail01'))).code).toBe('Throttling.User');
    expect((await failure(byId('t-sh00000000fail01'))).code).toBe('InternalError.Dispatch');
    expect((await client.describeInvocations(new $Ecs.DescribeInvocationsRequest({ regionId: 'cn-shanghai' }))).statusCode).toBe(200);
    await control(sandbox, 'DELETE', '/_sandbox/faults');
    expect((await byId('t-sh00000000fail01')).statusCode).toBe(200);
  });
});

describe('the request log', () => {
  it('records each call with its outcome, filterable by action, and can be emptied', async () => {
    await control(sandbox, 'DELETE', '/_sandbox/requests');
    await regions();
    await failure(client.describeInstances(new $Ecs.DescribeInstancesRequest({ regionId: 'nowhere-1' })));
    await popClient(sandbox).request('DescribeRegions', {});
    const log = (await control<{ requests: RequestLogEntry[] }>(sandbox, 'GET', '/_sandbox/requests')).body.requests;
    expect(log.map((entry) => [entry.action, entry.code, entry.status, entry.signature])).toEqual([
      ['DescribeRegions', 'OK', 200, 'v3'],
      ['DescribeInstances', 'InvalidRegionId.NotFound', 404, 'v3'],
      ['DescribeRegions', 'OK', 200, 'v2'],
    ]);
    const filtered = (await control<{ requests: RequestLogEntry[] }>(sandbox, 'GET', '/_sandbox/requests?action=InvokeCommand')).body.requests;
    expect(filtered).toEqual([]);
    await control(sandbox, 'DELETE', '/_sandbox/requests');
    expect((await control<{ requests: RequestLogEntry[] }>(sandbox, 'GET', '/_sandbox/requests')).body.requests).toEqual([]);
  });
});

describe('reset, clock and instance controls', () => {
  it('restores the seed on reset', async () => {
    const created = await client.createCommand(new $Ecs.CreateCommandRequest({ regionId: 'cn-shanghai', name: 'temp', type: 'RunShellScript', contentEncoding: 'PlainText', commandContent: 'true' }));
    const count = async () => (await client.describeCommands(new $Ecs.DescribeCommandsRequest({ regionId: 'cn-shanghai' }))).body?.totalCount;
    const before = await count();
    expect((await control(sandbox, 'POST', '/_sandbox/reset')).status).toBe(200);
    expect(await count()).toBe((before ?? 0) - 1);
    const gone = await client.describeCommands(new $Ecs.DescribeCommandsRequest({ regionId: 'cn-shanghai', commandId: created.body?.commandId }));
    expect(gone.body?.totalCount).toBe(0);
  });

  it('sets and advances the manual clock, and refuses an offset on it', async () => {
    const set = await control<{ now: string; mode: string }>(sandbox, 'POST', '/_sandbox/clock', { set: '2030-01-01T00:00:00Z' });
    expect(set.body).toMatchObject({ mode: 'manual', now: '2030-01-01T00:00:00.000Z' });
    const advanced = await control<{ now: string }>(sandbox, 'POST', '/_sandbox/clock', { advance: '90s' });
    expect(advanced.body.now).toBe('2030-01-01T00:01:30.000Z');
    expect((await control(sandbox, 'POST', '/_sandbox/clock', { offset: '1h' })).status).toBe(409);
  });

  it('takes an agent offline and releases an instance', async () => {
    const page = await client.describeInstances(new $Ecs.DescribeInstancesRequest({ regionId: 'cn-hangzhou', status: 'Running', maxResults: 10 }));
    const id = page.body?.instances?.instance?.[0]?.instanceId ?? '';
    expect(id).toMatch(/^i-bp1/);
    await control(sandbox, 'POST', `/_sandbox/instances/${id}/agent`, { online: false });
    const status = await client.describeCloudAssistantStatus(new $Ecs.DescribeCloudAssistantStatusRequest({ regionId: 'cn-hangzhou', instanceId: [id] }));
    expect(status.body?.instanceCloudAssistantStatusSet?.instanceCloudAssistantStatus?.[0]?.cloudAssistantStatus).toBe('false');
    await control(sandbox, 'POST', `/_sandbox/instances/${id}/release`);
    const after = await client.describeInstances(new $Ecs.DescribeInstancesRequest({ regionId: 'cn-hangzhou', instanceIds: JSON.stringify([id]) }));
    expect(after.body?.totalCount).toBe(0);
    expect((await control(sandbox, 'GET', '/_sandbox/instances/i-nope')).status).toBe(404);
  });
});
