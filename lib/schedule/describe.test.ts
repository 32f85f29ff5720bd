import { describe, expect, it } from 'vitest';
import { describeFrequency, parseFrequency } from '@/lib/schedule';

const NOW = new Date('2026-06-01T00:00:00Z');

function words(text: string): string {
  const result = parseFrequency(text, { now: NOW });
  if (!result.ok) throw new Error(result.message);
  return describeFrequency(result.frequency);
}

describe('describeFrequency', () => {
  it('reads Cloud Assistant weekday numbers as 1 = Monday … 7 = Sunday', () => {
    expect(words('0 0 2 ? * 1-5 Asia/Shanghai')).toBe('At 02:00, Monday through Friday (Asia/Shanghai)');
    expect(words('0 0 2 ? * MON-FRI Asia/Shanghai')).toBe('At 02:00, Monday through Friday (Asia/Shanghai)');
    expect(words('0 15 10 ? * 6L UTC')).toBe('At 10:15, on the last Saturday of the month (UTC)');
    expect(words('0 15 10 ? * 4#2 UTC')).toBe('At 10:15, on the second Thursday of the month (UTC)');
    expect(words('0 15 10 ? * 6#3 UTC')).toBe('At 10:15, on the third Saturday of the month (UTC)');
    expect(words('0 0 2 ? * 7 UTC')).toBe('At 02:00, only on Sunday (UTC)');
    expect(words('0 0 2 ? * 0 UTC')).toBe('At 02:00, only on Sunday (UTC)');
    expect(words('0 0 2 ? * 1 UTC')).toBe('At 02:00, only on Monday (UTC)');
    expect(words('0 10,44 14 ? 3 WED')).toMatch(/only on Wednesday, only in March/);
  });

  it('describes day-of-month specials', () => {
    expect(words('0 15 10 L * ? UTC')).toBe('At 10:15, on the last day of the month (UTC)');
    expect(words('0 15 10 LW * ? UTC')).toBe('At 10:15, on the last weekday of the month (UTC)');
    expect(words('0 15 10 15W * ? UTC')).toBe('At 10:15, on the weekday nearest day 15 of the month (UTC)');
  });

  it('reads times in 24-hour time, like the run times beside them', () => {
    expect(words('0 30 14 * * ? UTC')).toBe('At 14:30 (UTC)');
    expect(words('0 0 0 ? * SUN Asia/Shanghai')).toBe('At 00:00, only on Sunday (Asia/Shanghai)');
  });

  it('names the zone, or says the instance clock is used', () => {
    expect(words('0 0 2 * * ? GMT+8:00')).toBe('At 02:00 (GMT+8:00)');
    expect(words('0 0 2 * * ?')).toBe("At 02:00 (on each instance's own clock)");
  });

  it('keeps year steps inside the agent range', () => {
    expect(words('0 0 12 ? * * 2026/2 UTC')).toBe('At 12:00, every 2 years, 2026 through 2099 (UTC)');
    expect(words('0 0 12 ? * * 2027 UTC')).toBe('At 12:00, only in 2027 (UTC)');
  });

  it('gives rate() and at() their own sentences', () => {
    expect(words('rate(5m)')).toBe('Every 5 minutes, counted from when the task is created');
    expect(words('rate(1h)')).toBe('Every hour, counted from when the task is created');
    expect(words('rate(90s)')).toBe('Every 90 seconds, counted from when the task is created');
    expect(words('at(2030-01-01 00:00:00 UTC)')).toBe('Once, at 2030-01-01 00:00:00 UTC');
    expect(words('at(2030-01-01 00:00:00)')).toBe('Once, at 2030-01-01 00:00:00 UTC');
    expect(words('at(2030-06-06 13:15:30 Asia/Shanghai)')).toBe('Once, at 2030-06-06 13:15:30 Asia/Shanghai');
  });
});
