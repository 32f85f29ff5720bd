import { describe, expect, it } from 'vitest';
import { parseFrequency, type CronFrequency } from '@/lib/schedule';

const NOW = new Date('2026-06-01T00:00:00Z');

function cron(text: string): CronFrequency {
  const result = parseFrequency(text, { now: NOW });
  if (!result.ok) throw new Error(`${text}: ${result.message}`);
  if (result.frequency.kind !== 'cron') throw new Error(`${text} is not a cron`);
  return result.frequency;
}

function message(text: string): string {
  const result = parseFrequency(text, { now: NOW });
  if (result.ok) throw new Error(`expected ${text} to be refused`);
  return result.message;
}

describe('names and weekday numbering (1 = Monday … 7 = Sunday, 0 = Sunday too)', () => {
  it('turns weekday names and numbers into croner numbers with Sunday = 0', () => {
    expect(cron('0 0 2 ? * MON-FRI').pattern).toBe('0 0 2 * * 1-5 1970-2099');
    expect(cron('0 0 2 ? * 1-5').pattern).toBe('0 0 2 * * 1-5 1970-2099');
    expect(cron('0 0 2 ? * 7').pattern).toBe('0 0 2 * * 0 1970-2099');
    expect(cron('0 0 2 ? * 0').pattern).toBe('0 0 2 * * 0 1970-2099');
    expect(cron('0 0 2 ? * sun').pattern).toBe('0 0 2 * * 0 1970-2099');
    expect(cron('0 0 2 ? * 6L').pattern).toBe('0 0 2 * * 6L 1970-2099');
    expect(cron('0 0 2 ? * FRIL').pattern).toBe('0 0 2 * * 5L 1970-2099');
    expect(cron('0 0 2 ? * THU#2').pattern).toBe('0 0 2 * * 4#2 1970-2099');
    expect(cron('0 0 2 ? * 7#1').pattern).toBe('0 0 2 * * 0#1 1970-2099');
  });

  it('takes month names in any case, and 3-letter names only', () => {
    expect(cron('0 0 2 1 jan-Mar ?').pattern).toBe('0 0 2 1 1-3 * 1970-2099');
    expect(message('0 0 2 1 JANUARY ?')).toMatch(/month field, JANUARY is not a valid name; use 1–12 or JAN–DEC/);
    expect(message('0 0 2 ? * MONDAY')).toMatch(/day-of-week field, MONDAY is not a valid name; use 1–7 or MON–SUN/);
  });

  it('reads a/n like the agent: from a to the end of the field', () => {
    expect(cron('0 0/30 9-17 * * ?').pattern).toBe('0 0-59/30 9-17 * * * 1970-2099');
    expect(cron('0 0 0 ? * MON/2').pattern).toBe('0 0 0 * * 1-6/2 1970-2099');
    expect(cron('0 0 12 ? * * 2026/3').pattern).toBe('0 0 12 * * * 2026-2099/3');
    expect(cron('0 0 12 ? * * */3').pattern).toBe('0 0 12 * * * 1970-2099/3');
  });

  it('refuses a day-of-week range that ends on Sunday, which the agent reads as empty', () => {
    expect(message('0 0 2 ? * 1-7')).toMatch(/range 1-7 ends on Sunday.*MON-SAT,SUN/);
    expect(message('0 0 2 ? * FRI-SUN')).toMatch(/ends on Sunday/);
    expect(cron('0 0 2 ? * SUN-SAT').pattern).toBe('0 0 2 * * 0-6 1970-2099');
    expect(cron('0 0 2 ? * MON-SAT,SUN').pattern).toBe('0 0 2 * * 1-6,0 1970-2099');
  });

  it('refuses backwards ranges', () => {
    expect(message('0 0 2 ? * SAT-MON')).toBe(
      'Frequency: in the day-of-week field, the range SAT-MON runs backwards; write the smaller value first.',
    );
    expect(message('0 0 17-9 * * ?')).toMatch(/hours field, the range 17-9 runs backwards/);
  });
});

describe('? L W #', () => {
  it('accepts L, LW and nW in day-of-month', () => {
    expect(cron('0 15 10 L * ?').pattern).toBe('0 15 10 L * * 1970-2099');
    expect(cron('0 15 10 LW * ?').pattern).toBe('0 15 10 LW * * 1970-2099');
    expect(cron('0 15 10 15W * ?').pattern).toBe('0 15 10 15W * * 1970-2099');
  });

  it('refuses the forms the agent cannot read', () => {
    expect(message('0 0 2 ? * L')).toMatch(/L alone is not accepted.*SUN \(or 7\)/);
    expect(message('0 0 2 L-3 * ?')).toMatch(/L-3 is not accepted/);
    expect(message('0 0 2 W * ?')).toMatch(/W follows a single day/);
    expect(message('0 0 2 L,15 * ?')).toMatch(/L, W and # must stand alone/);
    expect(message('0 0 2 ? * 1#2,3#4')).toMatch(/must stand alone/);
    expect(message('0 0 2L * * ?')).toMatch(/hours field, 2L uses L, W or #/);
    expect(message('0 0 2 15 * 4W')).toMatch(/uses L, W or #/);
    expect(message('? 0 2 * * ?')).toMatch(/seconds field, \? is only allowed in day-of-month and day-of-week/);
    expect(message('0 0 2 *,1 * ?')).toMatch(/cannot be part of a list/);
    expect(message('0 0 2 1,,2 * ?')).toMatch(/empty list item/);
    expect(message('0 0 2 1/2/3 * ?')).toMatch(/more than one \//);
  });

  it('accepts * in both day fields, as the seed example does, and ? in both', () => {
    expect(cron('0 */20 * * * *').pattern).toBe('0 0-59/20 * * * * 1970-2099');
    expect(cron('0 0 12 ? * ?').kind).toBe('cron');
  });

  it('accepts one day field set and the other * (the agent ignores the *)', () => {
    expect(cron('0 0 2 * * MON-FRI').kind).toBe('cron');
    expect(cron('0 0 2 15 * *').kind).toBe('cron');
  });

  it('refuses both day fields set, which Quartz rejects and the agent would OR', () => {
    expect(message('0 0 2 15 * MON')).toBe(
      'Frequency: day-of-month (15) and day-of-week (MON) are both set; put ? in one of them: 15 * ? or ? * MON.',
    );
    expect(message('0 0 2 L * 6L')).toMatch(/both set/);
  });
});

describe('the 7th field: a year when it looks like one, else a time zone', () => {
  it.each([
    ['0 0 2 ? * * *', null, '*'],
    ['0 0 2 ? * * ?', null, '?'],
    ['0 0 2 ? * * */2', null, '*/2'],
    ['0 0 2 ? * * 2027', null, '2027'],
    ['0 0 2 ? * * 2027-2030', null, '2027-2030'],
    ['0 0 2 ? * * Asia/Shanghai', 'Asia/Shanghai', null],
    ['0 0 2 ? * * UTC', 'UTC', null],
    ['0 0 2 ? * * GMT', 'GMT', null],
    ['0 0 2 ? * * GMT-7:00', 'GMT-7:00', null],
    ['0 0 2 ? * * 2027 America/New_York', 'America/New_York', '2027'],
  ])('%s → zone %s, year %s', (text, zone, year) => {
    const parsed = cron(text);
    expect(parsed.timeZone).toBe(zone);
    expect(parsed.fields.year).toBe(year);
  });

  it('explains a bad 7th field as a year when it is made of digits', () => {
    expect(message('0 0 2 ? * * 1960')).toMatch(/year 1960 is out of range/);
  });

  it('checks IANA names with Intl, spelled exactly', () => {
    expect(message('0 0 2 ? * * Mars/Olympus')).toMatch(/Mars\/Olympus is not a known IANA time zone/);
    expect(message('0 0 2 ? * * asia/shanghai')).toBe(
      'Frequency: time-zone names are case-sensitive; write Asia/Shanghai instead of asia/shanghai.',
    );
    expect(message('0 0 2 ? * * CST')).toMatch(/CST is not accepted; use an IANA name/);
    expect(message('0 0 2 ? * * utc')).toMatch(/in capitals, as UTC/);
    expect(message('0 0 2 ? * * 2030 EST')).toMatch(/EST is not accepted/);
  });

  it('resolves offsets and abbreviations to fixed zones', () => {
    expect(cron('0 0 2 ? * * GMT+5:30').zone).toEqual({ kind: 'fixed', offsetMinutes: 330, label: 'GMT+5:30' });
    expect(cron('0 0 2 ? * * GMT-7:00').zone).toEqual({ kind: 'fixed', offsetMinutes: -420, label: 'GMT-7:00' });
    expect(cron('0 0 2 ? * * UTC').zone).toEqual({ kind: 'fixed', offsetMinutes: 0, label: 'UTC' });
  });
});

describe('at()', () => {
  const at = (text: string, now = NOW) => parseFrequency(text, { now });

  it('defaults to UTC and converts zones to the instant', () => {
    expect(at('at(2030-01-01 00:00:00)')).toMatchObject({
      ok: true,
      frequency: { timeZone: null, zone: { kind: 'fixed', offsetMinutes: 0 }, runAt: '2030-01-01T00:00:00.000Z' },
    });
    expect(at('at(2030-06-06 13:15:30 Asia/Shanghai)')).toMatchObject({ frequency: { runAt: '2030-06-06T05:15:30.000Z' } });
    expect(at('at(2030-06-06 13:15:30 GMT-7:00)')).toMatchObject({ frequency: { runAt: '2030-06-06T20:15:30.000Z' } });
    expect(at('at(2030-07-01 12:00:00 America/New_York)')).toMatchObject({ frequency: { runAt: '2030-07-01T16:00:00.000Z' } });
  });

  it('reads the wall time in the named zone whatever zone the runtime is in', () => {
    // 02:30 on this date does not exist in New York; a browser there must still get Shanghai's 02:30.
    expect(at('at(2027-03-14 02:30:00 Asia/Shanghai)')).toMatchObject({ frequency: { runAt: '2027-03-13T18:30:00.000Z' } });
  });

  it('must be in the future', () => {
    const now = new Date('2030-01-01T00:00:00Z');
    expect(at('at(2030-01-01 00:00:00 UTC)', now)).toMatchObject({ ok: false, message: expect.stringMatching(/is in the past/) });
    expect(at('at(2030-01-01 00:00:01 UTC)', now).ok).toBe(true);
    expect(at('at(2030-01-01 07:59:59 Asia/Shanghai)', now).ok).toBe(false);
    expect(at('at(2030-01-01 08:00:01 Asia/Shanghai)', now).ok).toBe(true);
  });

  it('refuses dates and times that do not exist and other abbreviations', () => {
    expect(at('at(2030-02-30 00:00:00)')).toMatchObject({ message: expect.stringMatching(/2030-02-30 is not a date/) });
    expect(at('at(2030-13-01 00:00:00)')).toMatchObject({ message: expect.stringMatching(/not a date/) });
    expect(at('at(2030-01-01 24:00:00)')).toMatchObject({ message: expect.stringMatching(/24:00:00 is not a time/) });
    expect(at('at(2030-01-01T00:00:00)')).toMatchObject({ message: expect.stringMatching(/at\(yyyy-MM-dd HH:mm:ss\)/) });
    expect(at('at(2030-1-1 00:00:00)').ok).toBe(false);
    expect(at('at(0050-01-01 00:00:00 Asia/Shanghai)')).toMatchObject({ message: expect.stringMatching(/in the past/) });
    expect(at('at(2030-01-01 00:00:00 GMT)')).toMatchObject({ message: expect.stringMatching(/write UTC instead of GMT/) });
    expect(at('at(2030-01-01 00:00:00 GMT+08:00)')).toMatchObject({ message: expect.stringMatching(/leading zero/) });
  });
});
