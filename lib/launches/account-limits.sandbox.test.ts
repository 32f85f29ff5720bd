import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { fixedRegions } from '@/lib/ecs';
import { startTestSandbox, type TestSandbox } from '@/lib/ecs/test-sandbox';
import { parseEnv } from '@/lib/env';

import { appLimits, dailyQuota, forgetAccountQuotas, limitsForRegion } from './account-limits';

/**
 * Issue 14, item 8, against the sandbox over HTTP: the daily quota is the account's
 * (DescribeAccountAttributes `max-axt-invocation-daily`), read once and kept a while; the
 * environment's setting wins; an account that does not answer is counted against the default.
 */
const REGION = 'cn-shanghai';
let t: TestSandbox;
let home: string;

beforeAll(async () => {
  t = await startTestSandbox({ limits: { dailyInvocations: 1234 } });
  home = mkdtempSync(join(tmpdir(), 'invokedeck-limits-'));
});
afterAll(async () => {
  await t.close();
  rmSync(home, { recursive: true, force: true });
});
beforeEach(() => forgetAccountQuotas());

const live = (more: Record<string, string> = {}) => parseEnv({ NODE_ENV: 'test', INVOKEDECK_MODE: 'live', ALIBABA_CLOUD_ACCESS_KEY_ID: 'id', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'secret', ...more }, home);
const sandbox = (more: Record<string, string> = {}) => parseEnv({ NODE_ENV: 'test', INVOKEDECK_MODE: 'sandbox', ...more }, home);

describe('the limits this server applies', () => {
  it('per mode, with the environment’s settings; sandbox mode follows the built-in sandbox’s own', () => {
    expect(appLimits(live())).toMatchObject({ instancesPerCall: 100, contentBase64Bytes: 24 * 1024 });
    expect(appLimits(live({ ECS_MAX_INSTANCES_PER_CALL: '150', ECS_MAX_CONTENT_BYTES: '32768' }))).toMatchObject({ instancesPerCall: 150, contentBase64Bytes: 32_768 });
    expect(appLimits(sandbox())).toMatchObject({ instancesPerCall: 50, contentBase64Bytes: 16 * 1024 });
    expect(appLimits(sandbox({ SANDBOX_MAX_INSTANCES_PER_CALL: '20' }))).toMatchObject({ instancesPerCall: 20 });
    expect(appLimits(live({ SANDBOX_MAX_INSTANCES_PER_CALL: '20' }))).toMatchObject({ instancesPerCall: 100 });
  });

  it('refuses a setting out of range, naming the variable', () => {
    expect(() => live({ ECS_MAX_INSTANCES_PER_CALL: '0' })).toThrow(/ECS_MAX_INSTANCES_PER_CALL: must be a whole number from 1 to 10000/);
    expect(() => live({ ECS_DAILY_INVOCATION_QUOTA: 'lots' })).toThrow(/ECS_DAILY_INVOCATION_QUOTA/);
  });

  it('reads the daily quota from the account once, and says so', async () => {
    const ecs = t.client();
    await t.forget();
    expect(await dailyQuota(ecs, REGION, live())).toEqual({ limit: 1234, source: 'account' });
    expect(await dailyQuota(ecs, REGION, live())).toEqual({ limit: 1234, source: 'account' });
    const asked = await t.requests('DescribeAccountAttributes');
    expect(asked).toHaveLength(1);
    expect(asked[0]?.params['AttributeName.1']).toBe('max-axt-invocation-daily');
    expect(await limitsForRegion(ecs, fixedRegions([REGION]), REGION, live())).toMatchObject({ instancesPerCall: 100, dailyInvocations: 1234 });
  });

  it('takes the environment’s quota over the account’s, without asking', async () => {
    await t.forget();
    expect(await dailyQuota(t.client(), REGION, live({ ECS_DAILY_INVOCATION_QUOTA: '900' }))).toEqual({ limit: 900, source: 'configured' });
    expect(await t.requests('DescribeAccountAttributes')).toEqual([]);
  });

  it('counts against the documented default when the account does not answer, and asks again later', async () => {
    await t.faults({ DescribeAccountAttributes: { next: ['internalError', 'internalError', 'internalError', 'internalError'] } });
    const ecs = t.client({ maxAttempts: 1 });
    const now = Date.now();
    expect(await dailyQuota(ecs, REGION, live(), now)).toEqual({ limit: 5000, source: 'default' });
    await t.faults({});
    expect(await dailyQuota(ecs, REGION, live(), now + 30_000)).toEqual({ limit: 5000, source: 'default' });
    expect(await dailyQuota(ecs, REGION, live(), now + 61_000)).toEqual({ limit: 1234, source: 'account' });
  });

  it('does not ask about a region this server does not allow', async () => {
    await t.forget();
    expect(await limitsForRegion(t.client(), fixedRegions([REGION]), 'eu-central-1', live())).toMatchObject({ dailyInvocations: 5000 });
    expect(await t.requests('DescribeAccountAttributes')).toEqual([]);
  });
});
