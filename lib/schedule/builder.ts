import { parseZoneSuffix } from '@/lib/schedule/time-zone';

/**
 * The schedule builder's model, free of React. Every mode but `custom` carries an IANA time
 * zone (or UTC), and what it builds always ends in that zone and names weekdays, never
 * numbers: Cloud Assistant counts 1 = Monday where Quartz counts 1 = Sunday.
 */

export type Weekday = 'MON' | 'TUE' | 'WED' | 'THU' | 'FRI' | 'SAT' | 'SUN';
/** Monday first, as Cloud Assistant numbers them (1–7). */
export const WEEKDAYS: readonly Weekday[] = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];

export type ScheduleBuilderState =
  | { mode: 'every-seconds'; seconds: number; timeZone: string }
  | { mode: 'every-minutes'; minutes: number; timeZone: string }
  | { mode: 'every-hours'; hours: number; minute: number; timeZone: string }
  | { mode: 'daily'; time: string; timeZone: string }
  | { mode: 'weekly'; days: Weekday[]; time: string; timeZone: string }
  | { mode: 'monthly'; day: number | 'last'; time: string; timeZone: string }
  | { mode: 'custom'; expression: string };

export type BuilderMode = ScheduleBuilderState['mode'];

/**
 * The intervals a clock schedule can keep exactly: `*` + `/n` restarts every minute, hour or
 * day, so n must divide 60 (or 24) or the last gap of each cycle comes out short.
 */
export const BUILDER_INTERVALS = {
  'every-seconds': [10, 12, 15, 20, 30],
  'every-minutes': [1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30],
  'every-hours': [1, 2, 3, 4, 6, 8, 12],
} as const;

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const list = (values: readonly number[]): string => `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;

/** The builder control a problem belongs to, so the form can show it on that control. */
export type BuilderField = 'mode' | 'zone' | 'interval' | 'minute' | 'time' | 'days' | 'day' | 'expression';

export interface BuilderProblem {
  field: BuilderField;
  message: string;
}

/** Why the state cannot be built, as a sentence for the operator; null when it can. */
export function checkBuilderState(state: ScheduleBuilderState): string | null {
  return findBuilderProblem(state)?.message ?? null;
}

/** Why the state cannot be built, and which control caused it; null when it can. */
export function findBuilderProblem(state: ScheduleBuilderState): BuilderProblem | null {
  if (state.mode === 'custom') {
    return state.expression.trim() === '' ? { field: 'expression', message: 'Frequency is empty; enter a cron, rate() or at() expression.' } : null;
  }
  const zone = checkZone(state.timeZone);
  if (zone) return { field: 'zone', message: zone };
  const on = (field: BuilderField, message: string | null): BuilderProblem | null => (message ? { field, message } : null);
  switch (state.mode) {
    case 'every-seconds':
      if (state.seconds < 10 && !Number.isNaN(state.seconds)) {
        return on(
          'interval',
          `Frequency: every ${state.seconds} seconds is too often; Cloud Assistant needs at least 10 seconds between runs. Choose ${list(BUILDER_INTERVALS['every-seconds'])} seconds.`,
        );
      }
      return on('interval', checkInterval(state.seconds, 'every-seconds', 'or a number of minutes'));
    case 'every-minutes':
      return on('interval', checkInterval(state.minutes, 'every-minutes', `or a custom rate(${state.minutes}m)`));
    case 'every-hours':
      if (!Number.isInteger(state.minute) || state.minute < 0 || state.minute > 59) {
        return on('minute', 'Frequency: the minute past the hour must be a whole number from 0 to 59.');
      }
      return on('interval', checkInterval(state.hours, 'every-hours', `or a custom rate(${state.hours}h)`));
    case 'daily':
      return on('time', checkTime(state.time));
    case 'weekly':
      if (state.days.length === 0) return on('days', 'Frequency: choose at least one weekday.');
      if (state.days.some((day) => !WEEKDAYS.includes(day))) return on('days', 'Frequency: weekdays are MON, TUE, WED, THU, FRI, SAT and SUN.');
      return on('time', checkTime(state.time));
    case 'monthly':
      if (state.day !== 'last' && (!Number.isInteger(state.day) || state.day < 1 || state.day > 31)) {
        return on('day', 'Frequency: the day of the month must be 1–31, or the last day.');
      }
      return on('time', checkTime(state.time));
  }
}

const CYCLES = {
  'every-seconds': { unit: 'seconds', cycle: 60, larger: 'minute' },
  'every-minutes': { unit: 'minutes', cycle: 60, larger: 'hour' },
  'every-hours': { unit: 'hours', cycle: 24, larger: 'day' },
} as const;

function checkInterval(value: number, mode: keyof typeof BUILDER_INTERVALS, other: string): string | null {
  const allowed: readonly number[] = BUILDER_INTERVALS[mode];
  if (allowed.includes(value)) return null;
  const { unit, cycle, larger } = CYCLES[mode];
  if (Number.isNaN(value)) return `Frequency: enter a number of ${unit}; choose ${list(allowed)}.`;
  if (!Number.isInteger(value) || value < 1) return `Frequency: every ${value} ${unit} is not a whole number of ${unit}; choose ${list(allowed)}.`;
  if (value >= cycle) return `Frequency: every ${value} ${unit} is a whole ${larger} or more; use the next larger unit.`;
  return `Frequency: every ${value} ${unit} cannot be kept on the clock because ${cycle} is not a multiple of ${value}; choose ${list(allowed)} ${unit}, ${other}.`;
}

function checkTime(time: string): string | null {
  return TIME.test(time) ? null : `Frequency: the time ${time || '(empty)'} must be HH:mm, from 00:00 to 23:59.`;
}

/** The zones the builder offers: IANA names (with a `/`) and UTC, spelled as Intl spells them. */
export function isBuilderTimeZone(timeZone: string): boolean {
  return (timeZone === 'UTC' || timeZone.includes('/')) && parseZoneSuffix(timeZone, 'cron').ok;
}

/** The zone picker's list: UTC first, then every IANA name the runtime knows. */
export function builderTimeZones(): string[] {
  return ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone.includes('/'))];
}

function checkZone(timeZone: string): string | null {
  if (isBuilderTimeZone(timeZone)) return null;
  return `Frequency: pick a time zone from the list (an IANA name such as Asia/Shanghai, or UTC); ${timeZone || 'none'} is not one.`;
}

export function tryBuildFrequency(state: ScheduleBuilderState): { ok: true; frequency: string } | { ok: false; message: string } {
  const problem = checkBuilderState(state);
  return problem ? { ok: false, message: problem } : { ok: true, frequency: render(state) };
}

/**
 * The Frequency for a builder state, e.g. weekly MON–FRI 02:00 Asia/Shanghai →
 * `0 0 2 ? * MON-FRI Asia/Shanghai`. Throws a RangeError with checkBuilderState's sentence
 * when the state cannot be built. A custom expression passes through: validate every
 * result with parseFrequency, which also applies the Timeout rule.
 */
export function buildFrequency(state: ScheduleBuilderState): string {
  const built = tryBuildFrequency(state);
  if (!built.ok) throw new RangeError(built.message);
  return built.frequency;
}

function render(state: ScheduleBuilderState): string {
  if (state.mode === 'custom') return state.expression.trim().replace(/\s+/g, ' ');
  const [hour, minute] = state.mode === 'daily' || state.mode === 'weekly' || state.mode === 'monthly' ? clock(state.time) : [0, 0];
  switch (state.mode) {
    case 'every-seconds':
      return `*/${state.seconds} * * * * ? ${state.timeZone}`;
    case 'every-minutes':
      return `0 */${state.minutes} * * * ? ${state.timeZone}`;
    case 'every-hours':
      return `0 ${state.minute} */${state.hours} * * ? ${state.timeZone}`;
    case 'daily':
      return `0 ${minute} ${hour} * * ? ${state.timeZone}`;
    case 'weekly':
      return `0 ${minute} ${hour} ? * ${weekdayField(state.days)} ${state.timeZone}`;
    case 'monthly':
      return `0 ${minute} ${hour} ${state.day === 'last' ? 'L' : state.day} * ? ${state.timeZone}`;
  }
}

function clock(time: string): [number, number] {
  const [hour = '0', minute = '0'] = time.split(':');
  return [Number(hour), Number(minute)];
}

/**
 * Weekday names, runs of three or more as ranges (MON-FRI). Sunday is always listed on its
 * own: the agent counts it as 0, so a range ending in SUN would match nothing there.
 */
export function weekdayField(days: readonly Weekday[]): string {
  const chosen = new Set(days);
  if (chosen.size === WEEKDAYS.length) return '*';
  const parts: string[] = [];
  const mondayToSaturday = WEEKDAYS.slice(0, 6);
  let index = 0;
  while (index < mondayToSaturday.length) {
    if (!chosen.has(mondayToSaturday[index] as Weekday)) {
      index += 1;
      continue;
    }
    let end = index;
    while (end + 1 < mondayToSaturday.length && chosen.has(mondayToSaturday[end + 1] as Weekday)) end += 1;
    const run = mondayToSaturday.slice(index, end + 1);
    parts.push(...(run.length >= 3 ? [`${run[0]}-${run[run.length - 1]}`] : run));
    index = end + 1;
  }
  if (chosen.has('SUN')) parts.push('SUN');
  return parts.join(',');
}

/** A hint for states that build but may surprise, e.g. day 31 skips shorter months. */
export function builderHint(state: ScheduleBuilderState): string | null {
  if (state.mode === 'monthly' && typeof state.day === 'number' && state.day >= 29) {
    return `Months without a day ${state.day} are skipped; choose "last day" to run at the end of every month.`;
  }
  return null;
}
