import { describe, expect, it } from 'vitest';
import {
  buildFrequency,
  builderHint,
  builderTimeZones,
  checkBuilderState,
  isBuilderTimeZone,
  defaultBuilderState,
  describeFrequency,
  nextRuns,
  parseBuilderState,
  parseFrequency,
  switchBuilderMode,
  tryBuildFrequency,
  weekdayField,
  type ScheduleBuilderState,
} from '@/lib/schedule';

const NOW = new Date('2026-06-01T00:00:00Z');

describe('buildFrequency', () => {
  it('builds journey 1 with an explicit zone and weekday names', () => {
    const state: ScheduleBuilderState = { mode: 'weekly', days: ['MON', 'TUE', 'WED', 'THU', 'FRI'], time: '02:00', timeZone: 'Asia/Shanghai' };
    const text = buildFrequency(state);
    expect(text).toBe('0 0 2 ? * MON-FRI Asia/Shanghai');
    const parsed = parseFrequency(text, { now: NOW });
    if (!parsed.ok) throw new Error(parsed.message);
    expect(describeFrequency(parsed.frequency)).toBe('At 02:00, Monday through Friday (Asia/Shanghai)');
    expect(nextRuns(parsed.frequency, { after: NOW, count: 5 })).toHaveLength(5);
  });

  it.each<[ScheduleBuilderState, string]>([
    [{ mode: 'every-seconds', seconds: 30, timeZone: 'UTC' }, '*/30 * * * * ? UTC'],
    [{ mode: 'every-minutes', minutes: 5, timeZone: 'Europe/Berlin' }, '0 */5 * * * ? Europe/Berlin'],
    [{ mode: 'every-hours', hours: 6, minute: 15, timeZone: 'Asia/Shanghai' }, '0 15 */6 * * ? Asia/Shanghai'],
    [{ mode: 'daily', time: '23:05', timeZone: 'America/New_York' }, '0 5 23 * * ? America/New_York'],
    [{ mode: 'weekly', days: ['SAT', 'SUN'], time: '00:00', timeZone: 'UTC' }, '0 0 0 ? * SAT,SUN UTC'],
    [{ mode: 'monthly', day: 15, time: '02:30', timeZone: 'UTC' }, '0 30 2 15 * ? UTC'],
    [{ mode: 'monthly', day: 'last', time: '02:30', timeZone: 'UTC' }, '0 30 2 L * ? UTC'],
    [{ mode: 'custom', expression: '  rate(5m) ' }, 'rate(5m)'],
  ])('%o → %s, which parses', (state, text) => {
    expect(buildFrequency(state)).toBe(text);
    expect(parseFrequency(text, { now: NOW }).ok).toBe(true);
  });

  it('writes weekday lists so the agent reads them right: Sunday never ends a range', () => {
    expect(weekdayField(['MON', 'TUE', 'WED', 'THU', 'FRI'])).toBe('MON-FRI');
    expect(weekdayField(['FRI', 'MON', 'WED'])).toBe('MON,WED,FRI');
    expect(weekdayField(['MON', 'TUE'])).toBe('MON,TUE');
    expect(weekdayField(['FRI', 'SAT', 'SUN'])).toBe('FRI,SAT,SUN');
    expect(weekdayField(['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'])).toBe('MON-SAT');
    expect(weekdayField(['MON', 'TUE', 'WED', 'FRI', 'SAT', 'SUN'])).toBe('MON-WED,FRI,SAT,SUN');
    expect(weekdayField(['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'])).toBe('*');
  });
});

describe('the builder refuses what it cannot keep, and says why', () => {
  it('refuses every 5 seconds (journey 4) and anything under 10 seconds', () => {
    expect(tryBuildFrequency({ mode: 'every-seconds', seconds: 5, timeZone: 'UTC' })).toEqual({
      ok: false,
      message:
        'Frequency: every 5 seconds is too often; Cloud Assistant needs at least 10 seconds between runs. Choose 10, 12, 15, 20 or 30 seconds.',
    });
    expect(checkBuilderState({ mode: 'every-seconds', seconds: 9, timeZone: 'UTC' })).toMatch(/at least 10 seconds/);
    expect(checkBuilderState({ mode: 'every-seconds', seconds: 10, timeZone: 'UTC' })).toBeNull();
    expect(() => buildFrequency({ mode: 'every-seconds', seconds: 5, timeZone: 'UTC' })).toThrow(/too often/);
  });

  it('refuses steps that do not divide the cycle', () => {
    expect(checkBuilderState({ mode: 'every-seconds', seconds: 25, timeZone: 'UTC' })).toMatch(/60 is not a multiple of 25/);
    expect(checkBuilderState({ mode: 'every-minutes', minutes: 7, timeZone: 'UTC' })).toMatch(
      /every 7 minutes cannot be kept on the clock.*or a custom rate\(7m\)/,
    );
    expect(checkBuilderState({ mode: 'every-minutes', minutes: 60, timeZone: 'UTC' })).toMatch(/whole hour or more/);
    expect(checkBuilderState({ mode: 'every-hours', hours: 5, minute: 0, timeZone: 'UTC' })).toMatch(/24 is not a multiple of 5/);
    expect(checkBuilderState({ mode: 'every-hours', hours: 12, minute: 60, timeZone: 'UTC' })).toMatch(/0 to 59/);
    expect(checkBuilderState({ mode: 'every-hours', hours: 0, minute: 0, timeZone: 'UTC' })).toMatch(/not a whole number of hours/);
    expect(checkBuilderState({ mode: 'every-minutes', minutes: 2.5, timeZone: 'UTC' })).toMatch(/not a whole number of minutes/);
  });

  it('refuses bad times, days and zones', () => {
    expect(checkBuilderState({ mode: 'daily', time: '24:00', timeZone: 'UTC' })).toMatch(/must be HH:mm/);
    expect(checkBuilderState({ mode: 'daily', time: '2:00', timeZone: 'UTC' })).toMatch(/must be HH:mm/);
    expect(checkBuilderState({ mode: 'weekly', days: [], time: '02:00', timeZone: 'UTC' })).toMatch(/at least one weekday/);
    expect(checkBuilderState({ mode: 'monthly', day: 32, time: '02:00', timeZone: 'UTC' })).toMatch(/1–31/);
    expect(checkBuilderState({ mode: 'daily', time: '02:00', timeZone: 'GMT+8:00' })).toMatch(/pick a time zone/);
    expect(checkBuilderState({ mode: 'daily', time: '02:00', timeZone: 'Mars/Base' })).toMatch(/pick a time zone/);
    expect(checkBuilderState({ mode: 'custom', expression: ' ' })).toMatch(/Frequency is empty/);
  });

  it('hints that day 31 skips short months', () => {
    expect(builderHint({ mode: 'monthly', day: 31, time: '02:00', timeZone: 'UTC' })).toMatch(/choose "last day"/);
    expect(builderHint({ mode: 'monthly', day: 28, time: '02:00', timeZone: 'UTC' })).toBeNull();
  });
});

describe('parseBuilderState reopens saved presets in the right mode', () => {
  const states: ScheduleBuilderState[] = [
    { mode: 'every-seconds', seconds: 15, timeZone: 'UTC' },
    { mode: 'every-minutes', minutes: 30, timeZone: 'Asia/Tokyo' },
    { mode: 'every-hours', hours: 2, minute: 45, timeZone: 'Europe/Berlin' },
    { mode: 'daily', time: '00:00', timeZone: 'America/Los_Angeles' },
    { mode: 'daily', time: '09:07', timeZone: 'UTC' },
    { mode: 'weekly', days: ['MON', 'TUE', 'WED', 'THU', 'FRI'], time: '02:00', timeZone: 'Asia/Shanghai' },
    { mode: 'weekly', days: ['MON', 'WED', 'FRI', 'SUN'], time: '18:30', timeZone: 'UTC' },
    { mode: 'weekly', days: ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'], time: '06:00', timeZone: 'UTC' },
    { mode: 'monthly', day: 1, time: '03:00', timeZone: 'Australia/Sydney' },
    { mode: 'monthly', day: 'last', time: '23:59', timeZone: 'UTC' },
  ];

  it.each(states)('round-trips %o', (state) => {
    expect(parseBuilderState(buildFrequency(state))).toEqual(state);
  });

  it.each([
    '0 0 2 ? * 1-5 Asia/Shanghai', // numbers, not names
    '0 0 2 ? * MON-FRI', // no zone
    '0 0 2 ? * MON-FRI GMT+8:00', // an offset, not a zone from the list
    '0 00 2 * * ? UTC', // leading zero
    '0 0 2 ? * MON-TUE UTC', // a range the builder would write as a list
    '*/5 * * * * ? UTC', // under 10 seconds
    '0 */7 * * * ? UTC',
    '0 0 2 15 * MON UTC',
    'rate(5m)',
    'at(2030-01-01 00:00:00 UTC)',
    '0 15 10 ? * 6L UTC',
  ])('keeps %s as custom, unchanged', (text) => {
    expect(parseBuilderState(text)).toEqual({ mode: 'custom', expression: text });
  });

  it('accepts extra whitespace around a builder expression', () => {
    expect(parseBuilderState('  0 0 2 ? *  MON-FRI Asia/Shanghai ')).toMatchObject({ mode: 'weekly', timeZone: 'Asia/Shanghai' });
  });
});

describe('time zones the builder offers', () => {
  it('lists UTC and IANA names, each of which the dialect accepts', () => {
    const zones = builderTimeZones();
    expect(zones[0]).toBe('UTC');
    expect(zones).toContain('Asia/Shanghai');
    expect(zones.every(isBuilderTimeZone)).toBe(true);
  });

  it('refuses offsets, abbreviations other than UTC and misspelled names', () => {
    expect(isBuilderTimeZone('GMT+8:00')).toBe(false);
    expect(isBuilderTimeZone('GMT')).toBe(false);
    expect(isBuilderTimeZone('asia/shanghai')).toBe(false);
    expect(isBuilderTimeZone('')).toBe(false);
  });
});

describe('switching modes', () => {
  it('starts at weekdays 02:00 in the given zone', () => {
    expect(buildFrequency(defaultBuilderState('Asia/Shanghai'))).toBe('0 0 2 ? * MON-FRI Asia/Shanghai');
  });

  it('carries the zone and the time of day across modes', () => {
    const weekly: ScheduleBuilderState = { mode: 'weekly', days: ['MON'], time: '04:30', timeZone: 'Europe/Berlin' };
    expect(switchBuilderMode(weekly, 'daily')).toEqual({ mode: 'daily', time: '04:30', timeZone: 'Europe/Berlin' });
    expect(switchBuilderMode(weekly, 'every-minutes')).toEqual({ mode: 'every-minutes', minutes: 5, timeZone: 'Europe/Berlin' });
    expect(switchBuilderMode(weekly, 'custom')).toEqual({ mode: 'custom', expression: '0 30 4 ? * MON Europe/Berlin' });
  });

  it('takes the zone of a custom expression when it can, else the fallback', () => {
    expect(switchBuilderMode({ mode: 'custom', expression: '0 0 1 L * ? Asia/Tokyo' }, 'daily')).toMatchObject({ timeZone: 'Asia/Tokyo' });
    expect(switchBuilderMode({ mode: 'custom', expression: 'rate(5m)' }, 'daily', 'Europe/Paris')).toMatchObject({
      timeZone: 'Europe/Paris',
    });
  });
});
