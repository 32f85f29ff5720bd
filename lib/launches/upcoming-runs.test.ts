import { describe, expect, it } from 'vitest';

import { launchFrequency, nextRunOf, runsWithin, spread, timelineRows } from './upcoming-runs';

const NOW = new Date('2032-05-15T12:20:00.000Z');
const DAY = { from: NOW, to: new Date(NOW.getTime() + 86_400_000) };

function frequency(text: string, createdAt = '2032-05-01T00:00:00.000Z') {
  const parsed = launchFrequency(text, createdAt);
  if (!parsed) throw new Error(`unreadable ${text}`);
  return parsed;
}

describe('a Period launch’s next run', () => {
  it('follows the Frequency: cron in its zone, rate from the launch’s own time', () => {
    expect(nextRunOf('0 0 2 ? * MON-FRI Asia/Shanghai', '2032-05-01T00:00:00.000Z', NOW)?.toISOString()).toBe('2032-05-16T18:00:00.000Z'); // Mon 02:00 +08
    expect(nextRunOf('rate(1h)', '2032-05-15T09:05:00.000Z', NOW)?.toISOString()).toBe('2032-05-15T13:05:00.000Z');
  });

  it('is none for an at() that has passed, a missing or an unreadable Frequency', () => {
    expect(nextRunOf('at(2032-05-02 00:00:00 UTC)', '2032-05-01T00:00:00.000Z', NOW)).toBeNull();
    expect(nextRunOf(null, '2032-05-01T00:00:00.000Z', NOW)).toBeNull();
    expect(nextRunOf('every now and then', '2032-05-01T00:00:00.000Z', NOW)).toBeNull();
  });
});

describe('runs in the next 24 hours', () => {
  it('lists every run of an hourly schedule', () => {
    const runs = runsWithin(frequency('0 0 * * * ? UTC'), '2032-05-01T00:00:00.000Z', DAY, 48);
    expect(runs.total).toBe(24);
    expect(runs.exact).toBe(true);
    expect(runs.shown[0]?.toISOString()).toBe('2032-05-15T13:00:00.000Z');
    expect(runs.shown.at(-1)?.toISOString()).toBe('2032-05-16T12:00:00.000Z');
  });

  it('counts an every-minute runaway whole but keeps only the cap, spread over the day', () => {
    const runs = runsWithin(frequency('0 * * * * ? UTC'), '2032-05-01T00:00:00.000Z', DAY, 48);
    expect(runs.total).toBe(1440);
    expect(runs.shown).toHaveLength(48);
    expect(runs.shown[0]?.toISOString()).toBe('2032-05-15T12:21:00.000Z');
    expect(runs.shown.at(-1)?.toISOString()).toBe('2032-05-16T12:20:00.000Z');
  });

  it('counts a 10-second cron, the shortest allowed, past one chunk of runs', () => {
    expect(runsWithin(frequency('*/10 * * * * ? UTC'), '2032-05-01T00:00:00.000Z', DAY, 10).total).toBe(8640);
  });

  it('spreads evenly, first and last kept', () => {
    expect(spread([1, 2, 3, 4, 5, 6, 7, 8, 9], 3)).toEqual([1, 5, 9]);
    expect(spread([1, 2], 5)).toEqual([1, 2]);
    expect(spread([1, 2, 3], 0)).toEqual([]);
  });

  it('makes one timeline row per Period launch, soonest first, a later run for those with none today', () => {
    const rows = timelineRows(
      [
        { id: 'weekly', commandName: 'weekly-report.sh', frequency: '0 0 9 ? * MON UTC', createdAt: '2032-05-01T00:00:00.000Z' },
        { id: 'hourly', commandName: 'backup-db.sh', frequency: 'rate(1h)', createdAt: '2032-05-15T09:05:00.000Z' },
        { id: 'minute', commandName: 'poll.sh', frequency: '0 * * * * ? UTC', createdAt: '2032-05-01T00:00:00.000Z' },
        { id: 'never', commandName: 'odd.sh', frequency: 'whenever', createdAt: '2032-05-01T00:00:00.000Z' },
      ],
      DAY,
      48,
    );
    expect(rows.map((row) => row.launchId)).toEqual(['minute', 'hourly', 'weekly', 'never']);
    expect(rows[1]).toMatchObject({ total: 24, words: expect.stringMatching(/hour/i) });
    expect(rows[2]).toMatchObject({ total: 0, runs: [], later: '2032-05-17T09:00:00.000Z' });
    expect(rows[3]).toMatchObject({ words: 'whenever', total: 0, later: null });
  });
});
