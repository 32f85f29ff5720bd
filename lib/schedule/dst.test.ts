import { describe, expect, it } from 'vitest';
import { daylightSavingWarnings, parseFrequency, timeZoneNotice, type ParsedFrequency } from '@/lib/schedule';

const NOW = new Date('2026-06-01T00:00:00Z');

function parsed(text: string): ParsedFrequency {
  const result = parseFrequency(text, { now: NOW });
  if (!result.ok) throw new Error(result.message);
  return result.frequency;
}

const warnings = (text: string, defaultTimeZone?: string) =>
  daylightSavingWarnings(parsed(text), { now: NOW, defaultTimeZone });

describe('daylightSavingWarnings', () => {
  it('warns that 02:30 New York time is skipped on the spring-forward day', () => {
    const found = warnings('0 30 2 * * ? America/New_York');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'gap', date: '2027-03-14', zone: 'America/New_York', times: ['02:30'], count: 1 });
    expect(found[0]?.message).toBe(
      'On 2027-03-14 clocks in America/New_York jump from 02:00 to 03:00, so 02:30 does not exist that day and ' +
        'the run may be skipped or moved. Pick a time outside 02:00–03:00, or a zone without daylight saving such as UTC.',
    );
  });

  it('warns that 01:30 New York time happens twice on the fall-back day', () => {
    const found = warnings('0 30 1 * * ? America/New_York');
    expect(found).toEqual([
      expect.objectContaining({ kind: 'overlap', date: '2026-11-01', times: ['01:30'], count: 1 }),
    ]);
    expect(found[0]?.message).toMatch(/go back from 02:00 to 01:00, so 01:30 happens twice and the task may run twice/);
  });

  it('finds both changes for 02:30 in Berlin, in date order', () => {
    expect(warnings('0 30 2 * * ? Europe/Berlin').map(({ kind, date }) => ({ kind, date }))).toEqual([
      { kind: 'overlap', date: '2026-10-25' },
      { kind: 'gap', date: '2027-03-28' },
    ]);
  });

  it('stays quiet when the scheduled days miss the change', () => {
    expect(warnings('0 30 2 ? * MON America/New_York')).toEqual([]); // the changes fall on Sundays
    expect(warnings('0 0 12 * * ? America/New_York')).toEqual([]);
    expect(warnings('0 30 2 * * ? Asia/Shanghai')).toEqual([]);
    expect(warnings('0 30 2 * * ? GMT-5:00')).toEqual([]);
    expect(warnings('rate(5m)')).toEqual([]);
  });

  it('lists a few of many caught times', () => {
    const [gap] = warnings('0 */5 * * * ? America/New_York').filter((warning) => warning.kind === 'gap');
    expect(gap).toMatchObject({ times: ['02:00', '02:05', '02:10'], count: 12 });
    expect(gap?.message).toMatch(/so 02:00, 02:05, 02:10 and 9 more do not exist/);
  });

  it('checks a zone-less cron only in a zone it is told to assume', () => {
    expect(warnings('0 30 2 * * ?')).toEqual([]);
    expect(warnings('0 30 2 * * ?', 'America/New_York')).toHaveLength(1);
  });

  it('warns for an at() inside a change', () => {
    expect(warnings('at(2027-03-14 02:30:00 America/New_York)')).toEqual([
      expect.objectContaining({ kind: 'gap', date: '2027-03-14', times: ['02:30'] }),
    ]);
    expect(warnings('at(2027-03-14 03:30:00 America/New_York)')).toEqual([]);
  });
});

describe('timeZoneNotice', () => {
  it('warns that a cron without zone runs on each instance clock', () => {
    expect(timeZoneNotice(parsed('0 0 2 * * ?'))).toMatch(/each instance runs this schedule on its own system clock/);
    expect(timeZoneNotice(parsed('0 0 2 * * ? 2030'))).not.toBeNull();
  });

  it('says an at() without zone is UTC', () => {
    expect(timeZoneNotice(parsed('at(2030-01-01 00:00:00)'))).toMatch(/read as UTC/);
  });

  it('is null once a zone is given, and for rate()', () => {
    expect(timeZoneNotice(parsed('0 0 2 * * ? UTC'))).toBeNull();
    expect(timeZoneNotice(parsed('0 0 2 * * ? Asia/Shanghai'))).toBeNull();
    expect(timeZoneNotice(parsed('rate(5m)'))).toBeNull();
  });
});
