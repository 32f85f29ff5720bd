import { describe, expect, it } from 'vitest';
import { parseFrequency } from '@/lib/schedule';

const NOW = new Date('2026-06-01T00:00:00Z');

function verdict(text: string, timeoutSeconds?: number): string {
  const result = parseFrequency(text, { now: NOW, timeoutSeconds });
  if (result.ok) return 'ok';
  // Every message names the field, for the form, the server action and the sandbox alike.
  expect(result.message).toMatch(/^Frequency\b/);
  return result.message;
}

describe('rate() interval: 60 s to 7 days', () => {
  it.each([
    ['rate(59s)', false],
    ['rate(60s)', true],
    ['rate(1m)', true],
    ['rate(7d)', true],
    ['rate(604800s)', true],
    ['rate(604801s)', false],
    ['rate(10080m)', true],
    ['rate(10081m)', false],
    ['rate(168h)', true],
    ['rate(169h)', false],
    ['rate(8d)', false],
    ['rate(0s)', false],
  ])('%s → valid: %s', (text, valid) => {
    expect(verdict(text) === 'ok').toBe(valid);
  });

  it('is case-insensitive but whole-string and space-free', () => {
    expect(verdict('RATE(5M)')).toBe('ok');
    expect(verdict('Rate(2H)')).toBe('ok');
    expect(verdict('rate(5m) ')).toBe('ok');
    expect(verdict('rate( 5m)')).toMatch(/no spaces/);
    expect(verdict('rate(5m)x')).toMatch(/rate\(<number><unit>\)/);
    expect(verdict('rate(5w)')).toMatch(/unit s, m, h or d/);
    expect(verdict('rate(-5m)')).toMatch(/rate\(<number><unit>\)/);
  });
});

describe('cron: at least 10 seconds between runs, measured between real neighbours', () => {
  it.each([
    ['*/10 * * * * ?', true],
    ['*/9 * * * * ?', false],
    ['0,10 * * * * ?', true],
    ['0,9 * * * * ?', false],
    // across a minute: :50 → next :00 is 10 s, :51 → :00 is 9 s
    ['0,50 * * * * ?', true],
    ['0,51 * * * * ?', false],
    // across minutes 0 and 1 only
    ['5,55 0,1 * * * ?', true],
    ['5,56 0,1 * * * ?', false],
    // 01:59:55 → 02:00:00
    ['0,55 0,59 1,2 * * ?', false],
    ['0,50 0,59 1,2 * * ?', true],
  ])('%s → valid: %s', (text, valid) => {
    expect(verdict(text) === 'ok').toBe(valid);
  });

  it('names the gap it found', () => {
    expect(verdict('0,51 * * * * ?')).toBe(
      'Frequency: runs come as close as 9 seconds apart; Cloud Assistant needs at least 10 seconds between runs.',
    );
  });

  it('finds gaps across midnight only when run days are neighbours', () => {
    // 23:59:55 → 00:00:00 the next day is 5 s
    expect(verdict('0,55 0,59 0,23 * * ?')).toMatch(/5 seconds apart/);
    expect(verdict('0,55 0,59 0,23 ? * SAT,SUN')).toMatch(/5 seconds apart/);
    expect(verdict('0,55 0,59 0,23 1,2 * ?')).toMatch(/5 seconds apart/);
    expect(verdict('0,55 0,59 0,23 ? * MON,WED')).toBe('ok');
    expect(verdict('0,55 0,59 0,23 1 * ?')).toBe('ok');
    expect(verdict('0,55 0,59 0,23 L * ?')).toBe('ok');
  });
});

describe('a rate must be longer than the task timeout, a cron gap at least as long', () => {
  it.each([
    ['rate(5m)', 299, true],
    ['rate(5m)', 300, false],
    ['0 */5 * * * ?', 300, true],
    ['0 */5 * * * ?', 301, false],
    ['*/10 * * * * ?', 10, true],
    ['*/10 * * * * ?', 11, false],
    ['0 0 2 * * ?', 86_400, true],
    ['0 0 2 * * ?', 86_401, false],
    ['0 0 2 ? * MON', 86_400 * 7, true],
    ['0 0 2 ? * MON,TUE', 86_400, true],
    ['0 0 2 ? * MON,TUE', 86_401, false],
    ['0 0 2 ? * SAT,SUN', 86_401, false],
    ['0 0 2 1,15 * ?', 86_401, true],
    ['0 0 2 1,2 * ?', 86_401, false],
    ['0 0 2,3 * * ?', 3600, true],
    ['0 0 2,3 * * ?', 3601, false],
  ])('%s with Timeout %i → valid: %s', (text, timeout, valid) => {
    expect(verdict(text, timeout) === 'ok').toBe(valid);
  });

  it('says which timeout it compared with', () => {
    expect(verdict('0 0 2,3 * * ?', 3601)).toBe(
      'Frequency: runs come as close as 1 hour, which is shorter than the task timeout (1 hour 1 second); ' +
        'choose a longer interval or a shorter Timeout.',
    );
    expect(verdict('rate(1h)', 3600)).toBe(
      'Frequency: rate(1h) runs every 1 hour, which is not longer than the task timeout (1 hour); choose a longer interval or a shorter Timeout.',
    );
  });

  it('leaves an unsettled Timeout (NaN, negative) to the Timeout field', () => {
    expect(verdict('rate(5m)', Number.NaN)).toBe('ok');
    expect(verdict('rate(5m)', -1)).toBe('ok');
  });

  it('ignores the timeout for a one-off at()', () => {
    expect(verdict('at(2030-01-01 00:00:00)', 86_400)).toBe('ok');
  });
});

describe('field ranges', () => {
  it.each([
    ['59 0 0 * * ?', true],
    ['60 0 0 * * ?', false],
    ['0 59 0 * * ?', true],
    ['0 60 0 * * ?', false],
    ['0 0 23 * * ?', true],
    ['0 0 24 * * ?', false],
    ['0 0 0 1 * ?', true],
    ['0 0 0 31 * ?', true],
    ['0 0 0 0 * ?', false],
    ['0 0 0 32 * ?', false],
    ['0 0 0 1 1 ?', true],
    ['0 0 0 1 12 ?', true],
    ['0 0 0 1 0 ?', false],
    ['0 0 0 1 13 ?', false],
    ['0 0 0 ? * 0', true],
    ['0 0 0 ? * 7', true],
    ['0 0 0 ? * 8', false],
    ['0 0 0 ? * 4#1', true],
    ['0 0 0 ? * 4#5', true],
    ['0 0 0 ? * 4#0', false],
    ['0 0 0 ? * 4#6', false],
    ['0 */59 * * * ?', true],
    ['0 */60 * * * ?', false],
    // a legal step, but :59 → :00 is 1 s
    ['*/59 * * * * ?', false],
    ['0 0 */23 * * ?', true],
    ['0 0 */24 * * ?', false],
    ['0 0 0 */31 * ?', true],
    ['0 0 0 */32 * ?', false],
    ['0 0 0 1 */12 ?', true],
    ['0 0 0 1 */13 ?', false],
    ['0 0 0 ? * */6', true],
    ['0 0 0 ? * */7', false],
    ['0 */0 * * * ?', false],
  ])('%s → valid: %s', (text, valid) => {
    expect(verdict(text) === 'ok').toBe(valid);
  });

  it('allows at most one leading zero', () => {
    expect(verdict('0 15 08 ? * *')).toBe('ok');
    expect(verdict('00 05 00 ? * *')).toBe('ok');
    expect(verdict('0 15 008 ? * *')).toBe(
      'Frequency: in the hours field, 008 has more than one leading zero; write 8 or 08.',
    );
    expect(verdict('0 15 010 ? * *')).toMatch(/more than one leading zero/);
    expect(verdict('0 */005 * * * ?')).toMatch(/step \/005/);
  });
});

describe('years: the current year to 2099', () => {
  it.each([
    ['0 0 0 1 1 ? 2099', true],
    ['0 0 0 1 1 ? 2100', false],
    ['0 0 12 ? * * 2026', true],
    ['0 0 12 ? * * 2025', false],
    ['0 0 12 ? * * 2026-2099', true],
    ['0 0 12 ? * * 2025-2030', false],
    ['0 0 12 ? * * 2026/2', true],
    ['0 0 12 ? * * */2', true],
    ['0 0 12 ? * * ?', true],
    ['0 0 12 ? * * 2027,2029 UTC', true],
    ['0 0 12 ? * * 2099 Asia/Shanghai', true],
    ['0 0 12 ? * * 2100 Asia/Shanghai', false],
  ])('%s → valid: %s', (text, valid) => {
    expect(verdict(text) === 'ok').toBe(valid);
  });

  it('uses the earliest clock on Earth for "current": 2025 is still running somewhere at 2026-01-01 06:00 UTC', () => {
    const result = parseFrequency('0 0 23 31 12 ? 2025', { now: new Date('2026-01-01T06:00:00Z') });
    expect(result.ok).toBe(true);
  });
});

describe('time-zone offsets: GMT-12:59 to GMT+14:59, no leading zero in the hour', () => {
  it.each([
    ['GMT+14:00', true],
    ['GMT+14:59', true],
    ['GMT+15:00', false],
    ['GMT-12:00', true],
    ['GMT-12:59', true],
    ['GMT-13:00', false],
    ['GMT+0:00', true],
    ['GMT+5:30', true],
    ['GMT+8:00', true],
    ['GMT+08:00', false],
    ['GMT+8:60', false],
    ['GMT+8:0', false],
    ['GMT+8', false],
    ['UTC+8:00', false],
  ])('%s → valid: %s', (zone, valid) => {
    expect(verdict(`0 0 2 ? * MON ${zone}`) === 'ok').toBe(valid);
  });
});
