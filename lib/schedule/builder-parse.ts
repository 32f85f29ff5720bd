import {
  BUILDER_INTERVALS,
  isBuilderTimeZone,
  tryBuildFrequency,
  WEEKDAYS,
  type BuilderMode,
  type ScheduleBuilderState,
  type Weekday,
} from '@/lib/schedule/builder';
import { fitsTimeout } from '@/lib/schedule/interval-rules';

/**
 * Reopens a saved Frequency in the builder: a text the builder could have produced comes
 * back in its mode, anything else (even an equivalent spelling) as `custom`, so reopening a
 * preset never rewrites what was saved.
 */

const NUMBER = '(\\d{1,2})';
const ZONE = '(\\S+)';
const SHAPES: ReadonlyArray<[RegExp, (match: string[]) => ScheduleBuilderState]> = [
  [new RegExp(`^\\*/${NUMBER} \\* \\* \\* \\* \\? ${ZONE}$`), ([, n, timeZone]) => ({ mode: 'every-seconds', seconds: Number(n), timeZone: timeZone ?? '' })],
  [new RegExp(`^0 \\*/${NUMBER} \\* \\* \\* \\? ${ZONE}$`), ([, n, timeZone]) => ({ mode: 'every-minutes', minutes: Number(n), timeZone: timeZone ?? '' })],
  [
    new RegExp(`^0 ${NUMBER} \\*/${NUMBER} \\* \\* \\? ${ZONE}$`),
    ([, minute, n, timeZone]) => ({ mode: 'every-hours', hours: Number(n), minute: Number(minute), timeZone: timeZone ?? '' }),
  ],
  [
    new RegExp(`^0 ${NUMBER} ${NUMBER} \\* \\* \\? ${ZONE}$`),
    ([, minute, hour, timeZone]) => ({ mode: 'daily', time: hhmm(hour, minute), timeZone: timeZone ?? '' }),
  ],
  [
    new RegExp(`^0 ${NUMBER} ${NUMBER} \\? \\* ([A-Z,*-]+) ${ZONE}$`),
    ([, minute, hour, days, timeZone]) => ({ mode: 'weekly', days: readDays(days ?? ''), time: hhmm(hour, minute), timeZone: timeZone ?? '' }),
  ],
  [
    new RegExp(`^0 ${NUMBER} ${NUMBER} (\\d{1,2}|L) \\* \\? ${ZONE}$`),
    ([, minute, hour, day, timeZone]) => ({
      mode: 'monthly',
      day: day === 'L' ? 'last' : Number(day),
      time: hhmm(hour, minute),
      timeZone: timeZone ?? '',
    }),
  ],
];

export function parseBuilderState(text: string): ScheduleBuilderState {
  const normalised = text.trim().replace(/\s+/g, ' ');
  for (const [shape, read] of SHAPES) {
    const match = shape.exec(normalised);
    if (!match) continue;
    const state = read([...match]);
    const rebuilt = tryBuildFrequency(state);
    if (rebuilt.ok && rebuilt.frequency === normalised) return state;
  }
  return { mode: 'custom', expression: text };
}

function hhmm(hour = '0', minute = '0'): string {
  return `${hour.padStart(2, '0')}:${minute.padStart(2, '0')}`;
}

/** Names and MON-FRI style ranges; anything odd gives an empty list, which fails the rebuild. */
function readDays(field: string): Weekday[] {
  if (field === '*') return [...WEEKDAYS];
  const days: Weekday[] = [];
  for (const part of field.split(',')) {
    const [from, to = from] = part.split('-') as [Weekday, Weekday?];
    const start = WEEKDAYS.indexOf(from);
    const end = WEEKDAYS.indexOf(to);
    if (start < 0 || end < start) return [];
    days.push(...WEEKDAYS.slice(start, end + 1));
  }
  return days;
}

const DEFAULTS = { time: '02:00', days: WEEKDAYS.slice(0, 5), day: 1 } as const;

type IntervalMode = keyof typeof BUILDER_INTERVALS;
/** What each interval mode offers first when the timeout leaves it free. */
const PREFERRED_INTERVAL: Readonly<Record<IntervalMode, number>> = { 'every-seconds': 30, 'every-minutes': 5, 'every-hours': 1 };
const UNIT_SECONDS: Readonly<Record<IntervalMode, number>> = { 'every-seconds': 1, 'every-minutes': 60, 'every-hours': 3600 };
const DAY_SECONDS = 86_400;

/**
 * The interval a mode proposes for a task with this timeout: its usual one when runs that far
 * apart leave the timeout room (a clock schedule may run exactly as often as the timeout),
 * else the smallest one that does, else the largest the unit has (and the builder says why).
 */
export function defaultInterval(mode: IntervalMode, timeoutSeconds?: number): number {
  const fits = (value: number) => fitsTimeout(value * UNIT_SECONDS[mode], timeoutSeconds, 'at-least');
  const preferred = PREFERRED_INTERVAL[mode];
  if (fits(preferred)) return preferred;
  const options: readonly number[] = BUILDER_INTERVALS[mode];
  return options.find(fits) ?? options[options.length - 1] ?? preferred;
}

/**
 * The builder's starting point: weekdays at 02:00 in the given zone, or Mondays only when a
 * run can last longer than the day between two weekdays.
 */
export function defaultBuilderState(timeZone: string, timeoutSeconds?: number): ScheduleBuilderState {
  return { mode: 'weekly', days: defaultDays(timeoutSeconds), time: DEFAULTS.time, timeZone };
}

function defaultDays(timeoutSeconds: number | undefined): Weekday[] {
  return fitsTimeout(DAY_SECONDS, timeoutSeconds, 'at-least') ? [...DEFAULTS.days] : ['MON'];
}

/**
 * The state after the operator picks another mode: zone and time of day carry over; a switch
 * to custom starts from what the builder had. `fallbackTimeZone` serves when leaving custom;
 * `timeoutSeconds` picks an interval that leaves the task time to finish.
 */
export function switchBuilderMode(state: ScheduleBuilderState, mode: BuilderMode, fallbackTimeZone = 'UTC', timeoutSeconds?: number): ScheduleBuilderState {
  if (state.mode === mode) return state;
  if (mode === 'custom') {
    const built = tryBuildFrequency(state);
    return { mode: 'custom', expression: built.ok ? built.frequency : '' };
  }
  const timeZone = state.mode === 'custom' ? zoneOfExpression(state.expression) ?? fallbackTimeZone : state.timeZone;
  const time = 'time' in state ? state.time : DEFAULTS.time;
  switch (mode) {
    case 'every-seconds':
      return { mode, seconds: defaultInterval(mode, timeoutSeconds), timeZone };
    case 'every-minutes':
      return { mode, minutes: defaultInterval(mode, timeoutSeconds), timeZone };
    case 'every-hours':
      return { mode, hours: defaultInterval(mode, timeoutSeconds), minute: 0, timeZone };
    case 'daily':
      return { mode, time, timeZone };
    case 'weekly':
      return { mode, days: defaultDays(timeoutSeconds), time, timeZone };
    case 'monthly':
      return { mode, day: DEFAULTS.day, time, timeZone };
  }
}

/** The zone a custom expression ends in, when it is one the builder can hold. */
function zoneOfExpression(expression: string): string | null {
  const last = expression.trim().split(/\s+/).pop() ?? '';
  return isBuilderTimeZone(last) ? last : null;
}
