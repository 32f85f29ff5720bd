import type { Checked } from '@/lib/schedule/types';

/**
 * The seven cron fields and how a single number or name in them is read. Ranges and step
 * limits follow the Cloud Assistant agent (a fork of gorhill/cronexpr): a step may not exceed
 * the field's largest value, weekday 7 and 0 are both Sunday, years run 1970–2099.
 */

export type FieldName = 'second' | 'minute' | 'hour' | 'dayOfMonth' | 'month' | 'dayOfWeek' | 'year';

export type FieldSpec = {
  name: FieldName;
  /** How an operator would name the field in a sentence. */
  label: string;
  min: number;
  max: number;
  stepMax: number;
  names?: Readonly<Record<string, number>>;
  nameHint?: string;
};

export const MAX_YEAR = 2099;
export const AGENT_MIN_YEAR = 1970;

const MONTH_NAMES = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
/** Index = Cloud Assistant weekday number with Sunday as 0 (7 is also Sunday). */
export const WEEKDAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] as const;

const byIndex = (names: readonly string[], first: number): Record<string, number> =>
  Object.fromEntries(names.map((name, index) => [name, index + first]));

export const FIELD_SPECS: Readonly<Record<FieldName, FieldSpec>> = {
  second: { name: 'second', label: 'seconds', min: 0, max: 59, stepMax: 59 },
  minute: { name: 'minute', label: 'minutes', min: 0, max: 59, stepMax: 59 },
  hour: { name: 'hour', label: 'hours', min: 0, max: 23, stepMax: 23 },
  dayOfMonth: { name: 'dayOfMonth', label: 'day-of-month', min: 1, max: 31, stepMax: 31 },
  month: {
    name: 'month',
    label: 'month',
    min: 1,
    max: 12,
    stepMax: 12,
    names: byIndex(MONTH_NAMES, 1),
    nameHint: '1–12 or JAN–DEC',
  },
  dayOfWeek: {
    name: 'dayOfWeek',
    label: 'day-of-week',
    min: 0,
    max: 7,
    stepMax: 6,
    names: byIndex(WEEKDAY_NAMES, 0),
    nameHint: '1–7 or MON–SUN (1 = Monday, 7 = Sunday)',
  },
  year: { name: 'year', label: 'year', min: AGENT_MIN_YEAR, max: MAX_YEAR, stepMax: MAX_YEAR - AGENT_MIN_YEAR },
};

export function fieldFail(spec: FieldSpec, detail: string): { ok: false; message: string } {
  return { ok: false, message: `Frequency: in the ${spec.label} field, ${detail}.` };
}

function rangeText(spec: FieldSpec, minYear: number): string {
  if (spec.nameHint) return spec.nameHint;
  if (spec.name === 'year') return `${minYear}–${MAX_YEAR}`;
  return `${spec.min}–${spec.max}`;
}

/**
 * One number or name. Weekdays come back with Sunday as 0. `minYear` is the current year:
 * the API refuses years that have passed.
 */
export function parseValue(token: string, spec: FieldSpec, minYear: number): Checked<number> {
  const upper = token.toUpperCase();
  if (spec.names && /^[A-Z]+$/.test(upper)) {
    const named = spec.names[upper];
    if (named !== undefined) return { ok: true, value: named };
    return fieldFail(spec, `${token} is not a valid name; use ${rangeText(spec, minYear)}`);
  }
  if (!/^\d+$/.test(token)) return fieldFail(spec, `${token} is not a number; use ${rangeText(spec, minYear)}`);
  if (spec.name === 'year') {
    const year = Number(token);
    if (token.length !== 4 || year < minYear || year > MAX_YEAR) {
      return fieldFail(spec, `year ${token} is out of range; use a year from ${minYear} to ${MAX_YEAR}`);
    }
    return { ok: true, value: year };
  }
  if (token.length > 2 && token.startsWith('0')) {
    return fieldFail(spec, `${token} has more than one leading zero; write ${Number(token)} or 0${Number(token)}`);
  }
  const value = Number(token);
  if (value < spec.min || value > spec.max) {
    return fieldFail(spec, `${token} is out of range; use ${rangeText(spec, minYear)}`);
  }
  return { ok: true, value: spec.name === 'dayOfWeek' && value === 7 ? 0 : value };
}

export function parseStep(token: string, spec: FieldSpec): Checked<number> {
  const tooManyZeros = token.length > 2 && token.startsWith('0');
  const value = Number(token);
  if (!/^\d+$/.test(token) || tooManyZeros || value < 1 || value > spec.stepMax) {
    return fieldFail(spec, `the step /${token} must be a whole number from 1 to ${spec.stepMax}`);
  }
  return { ok: true, value };
}
