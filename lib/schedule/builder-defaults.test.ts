import { describe, expect, it } from 'vitest';

import { buildFrequency, builderProblem, defaultBuilderState, defaultInterval, parseFrequency, switchBuilderMode, type ScheduleBuilderState } from '@/lib/schedule';

const NOW = new Date('2026-06-01T00:00:00Z');
const WEEKLY: ScheduleBuilderState = { mode: 'weekly', days: ['MON', 'TUE', 'WED', 'THU', 'FRI'], time: '02:00', timeZone: 'Asia/Shanghai' };

/** The default is only worth having if the launch rules accept it. */
function passes(state: ScheduleBuilderState, timeoutSeconds: number): boolean {
  return parseFrequency(buildFrequency(state), { now: NOW, timeoutSeconds }).ok;
}

describe('the interval the builder proposes for a timeout', () => {
  it('keeps its usual interval while the timeout leaves room', () => {
    expect(defaultInterval('every-seconds', 20)).toBe(30);
    expect(defaultInterval('every-minutes', 60)).toBe(5);
    expect(defaultInterval('every-hours', 600)).toBe(1);
    expect(defaultInterval('every-minutes')).toBe(5);
  });

  it('picks the smallest interval as long as the timeout otherwise (a cron may equal it)', () => {
    expect(defaultInterval('every-minutes', 600)).toBe(10);
    expect(defaultInterval('every-minutes', 601)).toBe(12);
    expect(defaultInterval('every-hours', 3 * 3600)).toBe(3);
    expect(defaultInterval('every-hours', 5 * 3600)).toBe(6);
  });

  it('falls back to the largest the unit has when none fits', () => {
    expect(defaultInterval('every-seconds', 60)).toBe(30);
    expect(defaultInterval('every-minutes', 3600)).toBe(30);
  });

  it.each([10, 59, 60, 300, 600, 1800, 3600, 7200, 43_200])('every mode switched to with a %i s timeout passes the launch rules when its unit can', (timeout) => {
    for (const mode of ['every-seconds', 'every-minutes', 'every-hours', 'daily', 'weekly', 'monthly'] as const) {
      const state = switchBuilderMode(WEEKLY, mode, 'UTC', timeout);
      const largest = { 'every-seconds': 30, 'every-minutes': 30 * 60, 'every-hours': 12 * 3600, daily: 86_400, weekly: 86_400, monthly: 28 * 86_400 }[mode];
      if (timeout <= largest) expect(passes(state, timeout), `${mode} with ${timeout}`).toBe(true);
    }
  });

  it('starts on Mondays only when a run may last longer than a day', () => {
    expect(defaultBuilderState('UTC', 86_400)).toMatchObject({ days: ['MON', 'TUE', 'WED', 'THU', 'FRI'] });
    expect(defaultBuilderState('UTC', 90_000)).toMatchObject({ days: ['MON'] });
    expect(passes(defaultBuilderState('UTC', 90_000), 90_000)).toBe(true);
  });
});

describe('builderProblem puts each problem on the control that caused it', () => {
  it.each<[string, ScheduleBuilderState, number | undefined, string, RegExp]>([
    ['an interval under 10 s', { mode: 'every-seconds', seconds: 5, timeZone: 'UTC' }, undefined, 'interval', /every 5 seconds is too often/],
    ['an empty interval', { mode: 'every-minutes', minutes: Number.NaN, timeZone: 'UTC' }, undefined, 'interval', /^Frequency: enter a number of minutes/],
    ['an interval shorter than the timeout', { mode: 'every-minutes', minutes: 5, timeZone: 'UTC' }, 600, 'interval', /shorter than the task timeout \(10 minutes\)/],
    ['a minute past the hour out of range', { mode: 'every-hours', hours: 1, minute: 75, timeZone: 'UTC' }, undefined, 'minute', /minute past the hour/],
    ['an unfinished time', { mode: 'daily', time: '', timeZone: 'UTC' }, undefined, 'time', /the time \(empty\) must be HH:mm/],
    ['no weekday', { ...WEEKLY, days: [] }, undefined, 'days', /choose at least one weekday/],
    ['weekdays closer than the timeout', WEEKLY, 2 * 86_400, 'days', /shorter than the task timeout \(2 days\)/],
    ['one run a day with a longer timeout', { mode: 'daily', time: '02:00', timeZone: 'UTC' }, 2 * 86_400, 'mode', /shorter than the task timeout/],
    ['a zone that is not one', { ...WEEKLY, timeZone: 'Mars/Olympus' }, undefined, 'zone', /pick a time zone from the list/],
  ])('%s', (_, state, timeoutSeconds, field, message) => {
    const problem = builderProblem(state, { timeoutSeconds, now: NOW });
    expect(problem?.field).toBe(field);
    expect(problem?.message).toMatch(message);
  });

  it('finds nothing wrong with a schedule the rules accept', () => {
    expect(builderProblem(WEEKLY, { timeoutSeconds: 86_400, now: NOW })).toBeNull();
    expect(builderProblem({ mode: 'every-minutes', minutes: 1, timeZone: 'UTC' }, { timeoutSeconds: 60, now: NOW })).toBeNull();
  });
});
