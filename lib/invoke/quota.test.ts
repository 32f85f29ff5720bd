import { describe, expect, it } from 'vitest';
import { nextQuotaReset, quotaAllows, quotaRemaining, utcDayKey } from '@/lib/invoke/quota';

describe('quota', () => {
  it('keys the day in UTC, not local time', () => {
    expect(utcDayKey(new Date('2030-01-15T23:59:59.999Z'))).toBe('2030-01-15');
    expect(utcDayKey(new Date('2030-01-16T00:00:00+08:00'))).toBe('2030-01-15');
  });

  it('resets at the next UTC midnight', () => {
    expect(nextQuotaReset(new Date('2030-12-31T10:00:00Z')).toISOString()).toBe('2031-01-01T00:00:00.000Z');
  });

  it('allows a launch that uses the quota exactly, and not one call more', () => {
    expect(quotaAllows({ used: 4997, limit: 5000 }, 3)).toBe(true);
    expect(quotaAllows({ used: 4998, limit: 5000 }, 3)).toBe(false);
  });

  it('never reports a negative remainder', () => {
    expect(quotaRemaining({ used: 5100, limit: 5000 })).toBe(0);
    expect(quotaRemaining({ used: 10, limit: 5000 })).toBe(4990);
  });
});
