import { describe, expect, it } from 'vitest';
import { parseFrequency } from '@/lib/schedule';

// The examples of reference §4. The ones pinned to 2022 are read in 2022, when they were written.
const IN_2022 = new Date('2022-03-01T00:00:00Z');
const NOW = new Date('2026-06-01T00:00:00Z');

function accepted(text: string, now = NOW) {
  const result = parseFrequency(text, { now });
  if (!result.ok) throw new Error(`expected ${text} to be valid, got: ${result.message}`);
  return result.frequency;
}

function refused(text: string, options: { now?: Date; timeoutSeconds?: number } = {}): string {
  const result = parseFrequency(text, { now: NOW, ...options });
  if (result.ok) throw new Error(`expected ${text} to be refused`);
  expect(result.message).toMatch(/^Frequency/);
  return result.message;
}

describe('the valid examples of the reference', () => {
  it.each([
    'rate(5m)',
    'rate(1h)',
    'rate(7d)',
    'at(2030-01-01 00:00:00 UTC)',
    '0 15 10 ? * *',
    '0 0 12 * * ?',
    '0 0 10,14,16 * * ?',
    '0 0/30 9-17 * * ?',
    '0 15 10 L * ?',
    '0 15 10 ? * 6L',
    '0 15 10 ? * 6#3',
    '0 10,44 14 ? 3 WED',
  ])('accepts %s', (text) => {
    expect(accepted(text).text).toBe(text);
  });

  it.each(['0 15 10 ? * * 2022 Asia/Shanghai', '0 0/30 10-11 * * ? 2022 GMT+8:00', '0 0/5 14 * 10 ? 2022/2 UTC'])(
    'accepts %s in 2022',
    (text) => {
      expect(accepted(text, IN_2022).kind).toBe('cron');
    },
  );

  it('reads the three forms into their kinds, with the zone as written', () => {
    expect(accepted('rate(5m)')).toMatchObject({ kind: 'rate', amount: 5, unit: 'm', intervalSeconds: 300, timeZone: null });
    expect(accepted('at(2030-01-01 00:00:00 UTC)')).toMatchObject({
      kind: 'at',
      timeZone: 'UTC',
      runAt: '2030-01-01T00:00:00.000Z',
    });
    expect(accepted('0 15 10 ? * * 2022 Asia/Shanghai', IN_2022)).toMatchObject({
      kind: 'cron',
      timeZone: 'Asia/Shanghai',
      zone: { kind: 'iana', name: 'Asia/Shanghai' },
      fields: { second: '0', minute: '15', hour: '10', dayOfMonth: '?', month: '*', dayOfWeek: '*', year: '2022' },
    });
  });
});

describe('the invalid examples of the reference', () => {
  it.each([
    ['rate(30s)', /at least 60 seconds/],
    ['rate(8d)', /at most 7 days/],
    ['rate(0m)', /at least 1/],
    ['rate(5 minutes)', /rate\(<number><unit>\)/],
    ['0 0 12 * * ? GMT+08:00', /leading zero in the hour; write GMT\+8:00/],
    ['at(2030-01-01 00:00:00 CST)', /CST is not accepted/],
    ['0 15 008 ? * *', /hours field, 008 has more than one leading zero/],
    ['15 10 * * *', /6 fields.*has 5.*0 15 10 \* \* \*/],
    ['0 0 12 * * ? 2100', /year 2100 is out of range/],
    ['0 0 12 ? * * 2100 UTC', /year 2100 is out of range/],
  ])('refuses %s', (text, reason) => {
    expect(refused(text)).toMatch(reason);
  });

  it('refuses a rate not longer than the timeout and a cron gap shorter than it', () => {
    expect(refused('rate(5m)', { timeoutSeconds: 300 })).toMatch(/not longer than the task timeout \(5 minutes\)/);
    expect(refused('0 */5 * * * ?', { timeoutSeconds: 301 })).toMatch(/shorter than the task timeout/);
  });
});

describe('whole-string rules', () => {
  it('refuses an empty Frequency and names it', () => {
    expect(refused('   ')).toMatch(/^Frequency is empty/);
  });

  it('trims and collapses whitespace in the text it returns', () => {
    expect(accepted('  0  0 2\t? * MON-FRI  Asia/Shanghai ').text).toBe('0 0 2 ? * MON-FRI Asia/Shanghai');
  });

  it('refuses too many fields', () => {
    expect(refused('0 0 2 ? * MON 2030 UTC extra')).toMatch(/6 to 8 fields.*has 9/);
  });

  it('refuses a schedule with no run after now', () => {
    expect(refused('0 0 0 1 1 ? 2026')).toMatch(/never runs again: its years have passed/);
    expect(refused('0 0 0 29 2 ? 2027')).toMatch(/never runs again/);
    expect(refused('0 0 0 30 2 ?')).toMatch(/day 30 of the month never occurs/);
    expect(refused('0 0 0 31 4,6,9,11 ?')).toMatch(/never occurs/);
  });

  it('accepts the last run of the current year while it is still ahead', () => {
    expect(accepted('0 0 0 31 12 ? 2026 UTC').kind).toBe('cron');
    expect(accepted('0 0 0 29 2 ? 2028').kind).toBe('cron');
  });
});
