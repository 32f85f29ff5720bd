import { describe, expect, it } from 'vitest';
import { batchCount, planBatches } from '@/lib/invoke/batches';
import { DEFAULT_LIMITS } from '@/lib/invoke/limits';

const ids = (count: number) => Array.from({ length: count }, (_, i) => `i-${i + 1}`);
const launchId = '7f9c2e1a-4b3d-4c5e-8f6a-0123456789ab';

describe('planBatches', () => {
  it('splits 120 instances into 50, 50 and 20, keeping their order', () => {
    const batches = planBatches(ids(120), launchId, DEFAULT_LIMITS);
    expect(batches.map((batch) => batch.instanceIds.length)).toEqual([50, 50, 20]);
    expect(batches.flatMap((batch) => batch.instanceIds)).toEqual(ids(120));
  });

  it('sends exactly 50 in one call and 51 in two', () => {
    expect(planBatches(ids(50), launchId, DEFAULT_LIMITS)).toHaveLength(1);
    expect(planBatches(ids(51), launchId, DEFAULT_LIMITS)).toHaveLength(2);
    expect(batchCount(51, DEFAULT_LIMITS)).toBe(2);
  });

  it('follows the configured per-call limit', () => {
    const batches = planBatches(ids(120), launchId, { ...DEFAULT_LIMITS, instancesPerCall: 100 });
    expect(batches.map((batch) => batch.instanceIds.length)).toEqual([100, 20]);
  });

  it('gives each batch its own ClientToken, the same every time it is planned', () => {
    const first = planBatches(ids(120), launchId, DEFAULT_LIMITS).map((batch) => batch.clientToken);
    const again = planBatches(ids(120), launchId, DEFAULT_LIMITS).map((batch) => batch.clientToken);
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(3);
    expect(planBatches(ids(1), 'other-launch', DEFAULT_LIMITS)[0]?.clientToken).not.toBe(first[0]);
  });

  it('keeps tokens within 64 ASCII characters', () => {
    for (const batch of planBatches(ids(10_000), launchId, DEFAULT_LIMITS)) {
      expect(batch.clientToken.length).toBeLessThanOrEqual(64);
      expect(batch.clientToken).toMatch(/^[\x21-\x7e]+$/);
    }
  });

  it('refuses a launch id that cannot make a valid token', () => {
    expect(() => planBatches(ids(1), 'x'.repeat(64), DEFAULT_LIMITS)).toThrow(/too long/);
    expect(() => planBatches(ids(1), 'launch ünïcode', DEFAULT_LIMITS)).toThrow(RangeError);
  });

  it('plans nothing for no instances', () => {
    expect(planBatches([], launchId, DEFAULT_LIMITS)).toEqual([]);
  });
});
