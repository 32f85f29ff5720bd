import { describe, expect, it } from 'vitest';

import { concurrencyLimit, describeRateControl, errorAllowance } from './rate-control';
import { rateControlSchema } from './rate-control-schema';

describe('rate control', () => {
  it('turns a concurrency into instances in flight', () => {
    expect(concurrencyLimit(null, 120, 50)).toBe(Number.POSITIVE_INFINITY);
    expect(concurrencyLimit({ kind: 'instances', value: 10 }, 120, 50)).toBe(10);
    expect(concurrencyLimit({ kind: 'batches', value: 2 }, 120, 50)).toBe(100);
    expect(concurrencyLimit({ kind: 'percent', value: 10 }, 120, 50)).toBe(12);
    expect(concurrencyLimit({ kind: 'percent', value: 1 }, 20, 50)).toBe(1);
  });

  it('turns an error threshold into the failures tolerated (AWS MaxErrors: one more stops it)', () => {
    expect(errorAllowance(null, 100)).toBe(Number.POSITIVE_INFINITY);
    expect(errorAllowance({ kind: 'count', value: 0 }, 100)).toBe(0);
    expect(errorAllowance({ kind: 'percent', value: 5 }, 120)).toBe(6);
  });

  it('names each field in its errors and says itself in words', () => {
    const bad = rateControlSchema.safeParse({ concurrency: { kind: 'percent', value: 150 }, errorThreshold: { kind: 'count', value: -1 } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((issue) => issue.message)).toEqual(expect.arrayContaining(['Error threshold: 0 or more.', 'Concurrency: a percentage is at most 100.']));
    expect(describeRateControl({ concurrency: { kind: 'instances', value: 10 }, errorThreshold: { kind: 'count', value: 2 } })).toBe('10 instances at a time; stop when over 2 fail');
    expect(describeRateControl({ concurrency: null, errorThreshold: { kind: 'count', value: 0 } })).toBe('All batches at once; stop at the first failure');
  });
});
