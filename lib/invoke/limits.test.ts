import { describe, expect, it } from 'vitest';

import { DEFAULT_LIMITS, describeQuotaSource, LIVE_LIMITS, limitsFor, SANDBOX_LIMITS } from '@/lib/invoke/limits';

/** Issue 14, item 8: live mode's limits are today's documented ones; sandbox mode keeps the seed's; either can be set. */
describe('limits per mode', () => {
  it('sandbox mode keeps the seed’s 50 instances per call, 16 KB of content and 5,000 calls a day', () => {
    expect(limitsFor('sandbox')).toEqual(SANDBOX_LIMITS);
    expect([SANDBOX_LIMITS.instancesPerCall, SANDBOX_LIMITS.contentBase64Bytes, SANDBOX_LIMITS.dailyInvocations]).toEqual([50, 16 * 1024, 5000]);
  });

  it('live mode takes the documented 100 instances per call and 24 KB, and keeps every other rule', () => {
    const live = limitsFor('live');
    expect([live.instancesPerCall, live.contentBase64Bytes, live.dailyInvocations]).toEqual([100, 24 * 1024, 5000]);
    expect({ ...live, instancesPerCall: 50, contentBase64Bytes: 16 * 1024 }).toEqual(DEFAULT_LIMITS);
    expect(live).toEqual(LIVE_LIMITS);
  });

  it('takes what the environment sets, and only that', () => {
    expect(limitsFor('live', { instancesPerCall: 200, contentBase64Bytes: undefined })).toMatchObject({ instancesPerCall: 200, contentBase64Bytes: 24 * 1024 });
    expect(limitsFor('sandbox', { dailyInvocations: 20 })).toMatchObject({ instancesPerCall: 50, dailyInvocations: 20 });
  });

  it('says where a daily quota came from', () => {
    expect(describeQuotaSource('account')).toMatch(/DescribeAccountAttributes/);
    expect(describeQuotaSource('configured')).toMatch(/ECS_DAILY_INVOCATION_QUOTA/);
    expect(describeQuotaSource('default')).toMatch(/default/);
  });
});
