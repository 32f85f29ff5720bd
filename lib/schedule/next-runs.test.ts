import { describe, expect, it } from 'vitest';
import { nextRuns, parseFrequency, type ParsedFrequency } from '@/lib/schedule';

const NOW = new Date('2026-06-01T00:00:00Z'); // a Monday, 08:00 in Shanghai

function parsed(text: string): ParsedFrequency {
  const result = parseFrequency(text, { now: NOW });
  if (!result.ok) throw new Error(result.message);
  return result.frequency;
}

const iso = (dates: Date[]) => dates.map((date) => date.toISOString());
const runs = (text: string, count = 5, extra: { after?: Date; createdAt?: Date; defaultTimeZone?: string } = {}) =>
  iso(nextRuns(parsed(text), { after: NOW, count, ...extra }));

describe('nextRuns for cron, in the schedule zone', () => {
  it('runs journey 1: weekdays at 02:00 Shanghai time', () => {
    expect(runs('0 0 2 ? * MON-FRI Asia/Shanghai')).toEqual([
      '2026-06-01T18:00:00.000Z', // Tue 02:00 +08
      '2026-06-02T18:00:00.000Z',
      '2026-06-03T18:00:00.000Z',
      '2026-06-04T18:00:00.000Z', // Fri
      '2026-06-07T18:00:00.000Z', // Mon
    ]);
  });

  it('gives the same instants for the IANA zone and the equal fixed offset', () => {
    expect(runs('0 0 2 ? * MON-FRI GMT+8:00')).toEqual(runs('0 0 2 ? * MON-FRI Asia/Shanghai'));
    expect(runs('0 30 9 * * ? GMT+5:30', 1)).toEqual(['2026-06-01T04:00:00.000Z']);
    expect(runs('0 0 9 * * ? GMT-7:00', 1)).toEqual(['2026-06-01T16:00:00.000Z']);
  });

  it('honours L, W and # with Cloud Assistant weekday numbers', () => {
    expect(runs('0 15 10 ? * 6L UTC', 2)).toEqual(['2026-06-27T10:15:00.000Z', '2026-07-25T10:15:00.000Z']); // Saturdays
    expect(runs('0 15 10 ? * 4#2 UTC', 2)).toEqual(['2026-06-11T10:15:00.000Z', '2026-07-09T10:15:00.000Z']); // Thursdays
    expect(runs('0 15 10 ? * 7#1 UTC', 1)).toEqual(['2026-06-07T10:15:00.000Z']); // first Sunday
    expect(runs('0 15 10 L * ? UTC', 2)).toEqual(['2026-06-30T10:15:00.000Z', '2026-07-31T10:15:00.000Z']);
    expect(runs('0 15 10 LW * ? UTC', 1, { after: new Date('2026-10-01T00:00:00Z') })).toEqual(['2026-10-30T10:15:00.000Z']);
    expect(runs('0 15 10 15W * ? UTC', 1, { after: new Date('2026-08-01T00:00:00Z') })).toEqual(['2026-08-14T10:15:00.000Z']);
  });

  it('honours the year field, read the agent way', () => {
    expect(runs('0 0 12 ? * * 2027 UTC', 1)).toEqual(['2027-01-01T12:00:00.000Z']);
    expect(runs('0 0 0 1 1 ? */2 UTC', 2)).toEqual(['2028-01-01T00:00:00.000Z', '2030-01-01T00:00:00.000Z']);
    expect(runs('0 0 0 1 1 ? 2098-2099 UTC', 5)).toEqual(['2098-01-01T00:00:00.000Z', '2099-01-01T00:00:00.000Z']);
  });

  it('returns times strictly after `after`', () => {
    const after = new Date('2026-06-01T18:00:00Z');
    expect(runs('0 0 2 ? * MON-FRI Asia/Shanghai', 1, { after })).toEqual(['2026-06-02T18:00:00.000Z']);
    expect(runs('*/10 * * * * ? UTC', 2, { after: new Date('2026-06-01T00:00:00.500Z') })).toEqual([
      '2026-06-01T00:00:10.000Z',
      '2026-06-01T00:00:20.000Z',
    ]);
  });

  it('reads a cron without zone in defaultTimeZone, UTC unless told', () => {
    expect(runs('0 0 2 * * ?', 1)).toEqual(['2026-06-01T02:00:00.000Z']);
    expect(runs('0 0 2 * * ?', 1, { defaultTimeZone: 'America/New_York' })).toEqual(['2026-06-01T06:00:00.000Z']);
  });

  it('keeps real-time order across a DST change', () => {
    const list = nextRuns(parsed('0 */30 * * * ? America/New_York'), { after: new Date('2026-11-01T04:45:00Z'), count: 6 });
    const times = list.map((date) => date.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(times).size).toBe(6);
  });
});

describe('nextRuns for rate() and at()', () => {
  it('counts a rate from the creation time; the first run is one interval later', () => {
    const createdAt = new Date('2026-06-01T10:00:00Z');
    expect(runs('rate(5m)', 3, { after: createdAt, createdAt })).toEqual([
      '2026-06-01T10:05:00.000Z',
      '2026-06-01T10:10:00.000Z',
      '2026-06-01T10:15:00.000Z',
    ]);
    expect(runs('rate(5m)', 2, { after: new Date('2026-06-01T10:12:00Z'), createdAt })).toEqual([
      '2026-06-01T10:15:00.000Z',
      '2026-06-01T10:20:00.000Z',
    ]);
    expect(runs('rate(5m)', 1, { after: new Date('2026-06-01T10:15:00Z'), createdAt })).toEqual(['2026-06-01T10:20:00.000Z']);
  });

  it('treats "after" as the creation time when none is given', () => {
    expect(runs('rate(1h)', 1)).toEqual(['2026-06-01T01:00:00.000Z']);
  });

  it('returns the single at() time while it is ahead', () => {
    expect(runs('at(2030-01-01 00:00:00 Asia/Shanghai)')).toEqual(['2029-12-31T16:00:00.000Z']);
    expect(runs('at(2030-01-01 00:00:00)', 5, { after: new Date('2030-01-01T00:00:00Z') })).toEqual([]);
  });

  it('returns nothing for a count of 0', () => {
    expect(runs('rate(5m)', 0)).toEqual([]);
    expect(runs('0 0 2 * * ? UTC', 0)).toEqual([]);
  });
});

describe('the fixed-offset shortcut between DST changes', () => {
  const zones = ['America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'Asia/Shanghai', 'America/Santiago'];
  const patterns = ['0 30 2 * * ?', '0 */20 * * * ?', '0 0 1,2,3 ? * SUN', '0 15 10 L * ?', '*/30 59 1 * * ?'];
  // Just before the 2026 changes of these zones, so most lists cross one mid-way.
  const afters = [
    '2026-03-08T05:00:00Z',
    '2026-03-28T23:30:00Z',
    '2026-04-04T13:00:00Z',
    '2026-09-06T02:00:00Z',
    '2026-10-03T14:00:00Z',
    '2026-10-25T00:00:00Z',
    '2026-11-01T04:45:00Z',
    '2026-06-01T00:00:00Z',
  ];

  it('gives exactly what croner computes through the zone', async () => {
    const { Cron } = await import('croner');
    for (const zone of zones) {
      for (const pattern of patterns) {
        const frequency = parsed(`${pattern} ${zone}`);
        if (frequency.kind !== 'cron') throw new Error('expected cron');
        for (const after of afters) {
          const expected = new Cron(frequency.pattern, { timezone: zone }).nextRuns(12, new Date(after));
          expect(iso(nextRuns(frequency, { after: new Date(after), count: 12 })), `${pattern} ${zone} after ${after}`).toEqual(iso(expected));
        }
      }
    }
  });
});
