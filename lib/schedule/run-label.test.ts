import { describe, expect, it } from 'vitest';

import { formatRun, nextRuns, parseFrequency, runLabel, runLabelOptions } from '@/lib/schedule';

const NOW = new Date('2026-12-05T00:00:00Z');

function runsOf(text: string, count = 3) {
  const parsed = parseFrequency(text, { now: NOW });
  if (!parsed.ok) throw new Error(parsed.message);
  return nextRuns(parsed.frequency, { after: NOW, count }).map((run) => formatRun(run, { frequency: parsed.frequency, viewerTimeZone: 'Europe/Berlin' }));
}

describe('runLabel', () => {
  it('names the weekday of each run on each clock', () => {
    const runs = runsOf('0 0 2 ? * MON-FRI Asia/Shanghai');
    const options = runLabelOptions(runs, NOW);
    expect(options).toEqual({ withSeconds: false, withYear: false });
    expect(runs.map((run) => runLabel(run.schedule, options))).toEqual(['Mon 7 Dec 02:00', 'Tue 8 Dec 02:00', 'Wed 9 Dec 02:00']);
    // 02:00 in Shanghai is the evening before in UTC: Sunday for the Monday run.
    expect(runs.map((run) => runLabel(run.utc, options))).toEqual(['Sun 6 Dec 18:00', 'Mon 7 Dec 18:00', 'Tue 8 Dec 18:00']);
    expect(runLabel(runs[0]?.viewer ?? { date: '', time: '' }, options)).toBe('Sun 6 Dec 19:00');
  });

  it('shows seconds and the year only when a run needs them', () => {
    const seconds = runsOf('*/15 * * * * ? UTC');
    const options = runLabelOptions(seconds, NOW);
    expect(options.withSeconds).toBe(true);
    expect(runLabel(seconds[0]?.utc ?? { date: '', time: '' }, options)).toBe('Sat 5 Dec 00:00:15');
    const nextYear = runsOf('0 0 2 1 1 ? UTC', 1);
    expect(runLabel(nextYear[0]?.utc ?? { date: '', time: '' }, runLabelOptions(nextYear, NOW))).toBe('Fri 1 Jan 2027 02:00');
  });
});
