import {
  FIELD_SPECS,
  fieldFail,
  parseStep,
  parseValue,
  type FieldName,
  type FieldSpec,
} from '@/lib/schedule/cron-field-spec';
import type { Checked } from '@/lib/schedule/types';

/** How an entry was written; kept so the croner and cronstrue renderings stay faithful. */
export type RangeForm = 'value' | 'range' | 'any-step' | 'value-step' | 'range-step';

export type FieldEntry =
  | { kind: 'any' }
  | { kind: 'range'; form: RangeForm; from: number; to: number; step: number }
  | { kind: 'last' }
  | { kind: 'last-weekday' }
  | { kind: 'nearest-weekday'; day: number }
  | { kind: 'last-of-month'; weekday: number }
  | { kind: 'nth-of-month'; weekday: number; nth: number };

export type CronField = {
  spec: FieldSpec;
  entries: FieldEntry[];
  /** `*` or `?`: the field does not restrict anything. */
  any: boolean;
};

const SPECIAL_KINDS = new Set(['last', 'last-weekday', 'nearest-weekday', 'last-of-month', 'nth-of-month']);

export function parseField(text: string, name: FieldName, minYear: number): Checked<CronField> {
  const spec = FIELD_SPECS[name];
  const tokens = text.split(',');
  const entries: FieldEntry[] = [];
  for (const token of tokens) {
    if (token === '') return fieldFail(spec, `${text} has an empty list item`);
    const entry = parseEntry(token, spec, minYear);
    if (!entry.ok) return entry;
    entries.push(entry.value);
  }
  if (entries.length > 1) {
    if (entries.some((entry) => entry.kind === 'any')) {
      return fieldFail(spec, `* and ? cannot be part of a list (${text})`);
    }
    if (entries.some((entry) => SPECIAL_KINDS.has(entry.kind))) {
      return fieldFail(spec, `L, W and # must stand alone, not in a list (${text})`);
    }
  }
  return { ok: true, value: { spec, entries, any: entries.length === 1 && entries[0]?.kind === 'any' } };
}

function parseEntry(token: string, spec: FieldSpec, minYear: number): Checked<FieldEntry> {
  if (token === '*') return { ok: true, value: { kind: 'any' } };
  if (token === '?') {
    if (spec.name === 'dayOfMonth' || spec.name === 'dayOfWeek' || spec.name === 'year') {
      return { ok: true, value: { kind: 'any' } };
    }
    return fieldFail(spec, '? is only allowed in day-of-month and day-of-week; use *');
  }
  const upper = token.toUpperCase();
  if (spec.name === 'dayOfMonth') {
    const special = parseDayOfMonthSpecial(upper, spec, minYear);
    if (special) return special;
  }
  if (spec.name === 'dayOfWeek') {
    const special = parseDayOfWeekSpecial(upper, spec, minYear);
    if (special) return special;
  }
  if (/[LW#]/.test(upper.replace(/[A-Z]{3}/g, (name) => (spec.names?.[name] !== undefined ? '' : name)))) {
    return fieldFail(spec, `${token} uses L, W or #, which only day-of-month (L, W) and day-of-week (L, #) accept`);
  }
  return parseRange(token, spec, minYear);
}

function parseRange(token: string, spec: FieldSpec, minYear: number): Checked<FieldEntry> {
  const [body = '', stepText, extra] = token.split('/');
  if (extra !== undefined) return fieldFail(spec, `${token} has more than one /`);
  let step = 1;
  if (stepText !== undefined) {
    const parsed = parseStep(stepText, spec);
    if (!parsed.ok) return parsed;
    step = parsed.value;
  }
  const hasStep = stepText !== undefined;
  if (body === '*') {
    if (!hasStep) return { ok: true, value: { kind: 'any' } };
    const from = spec.name === 'dayOfWeek' ? 0 : spec.min;
    const to = spec.name === 'dayOfWeek' ? 6 : spec.max;
    return { ok: true, value: { kind: 'range', form: 'any-step', from, to, step } };
  }
  const [fromText = '', toText, more] = body.split('-');
  if (more !== undefined || fromText === '' || toText === '') {
    return fieldFail(spec, `${token} is not a value, a range (a-b) or a step (*/n, a/n, a-b/n)`);
  }
  const from = parseValue(fromText, spec, minYear);
  if (!from.ok) return from;
  if (toText === undefined) {
    // a/n runs from a to the field's end, like the agent; Sunday (7) is 0 there, so it is 6.
    const end = spec.name === 'dayOfWeek' ? 6 : spec.max;
    const form: RangeForm = hasStep ? 'value-step' : 'value';
    return { ok: true, value: { kind: 'range', form, from: from.value, to: hasStep ? end : from.value, step } };
  }
  const to = parseValue(toText, spec, minYear);
  if (!to.ok) return to;
  if (from.value > to.value) return backwardRange(token, toText, spec);
  return { ok: true, value: { kind: 'range', form: hasStep ? 'range-step' : 'range', from: from.value, to: to.value, step } };
}

function backwardRange(token: string, toText: string, spec: FieldSpec): { ok: false; message: string } {
  if (spec.name === 'dayOfWeek' && /^(0?7|SUN)$/i.test(toText)) {
    return fieldFail(
      spec,
      `the range ${token} ends on Sunday, which the Cloud Assistant agent counts as 0, so it would never run; ` +
        'list Sunday on its own instead (for example MON-SAT,SUN or FRI,SAT,SUN)',
    );
  }
  return fieldFail(spec, `the range ${token} runs backwards; write the smaller value first`);
}

function parseDayOfMonthSpecial(upper: string, spec: FieldSpec, minYear: number): Checked<FieldEntry> | null {
  if (upper === 'L') return { ok: true, value: { kind: 'last' } };
  if (upper === 'LW') return { ok: true, value: { kind: 'last-weekday' } };
  const nearest = /^(\d+)W$/.exec(upper);
  if (nearest) {
    const day = parseValue(nearest[1] ?? '', spec, minYear);
    return day.ok ? { ok: true, value: { kind: 'nearest-weekday', day: day.value } } : day;
  }
  if (upper.includes('L')) return fieldFail(spec, `${upper} is not accepted; use L (last day) or LW (last weekday) alone`);
  if (upper.includes('W')) return fieldFail(spec, `W follows a single day, as in 15W (the weekday nearest the 15th); ${upper} is not accepted`);
  return null;
}

function parseDayOfWeekSpecial(upper: string, spec: FieldSpec, minYear: number): Checked<FieldEntry> | null {
  if (upper === 'L') {
    return fieldFail(
      spec,
      'L alone is not accepted by the Cloud Assistant agent; write SUN (or 7) for Sunday, or 5L for the last Friday of the month',
    );
  }
  const last = /^([A-Z]{3}|\d+)L$/.exec(upper);
  if (last) {
    const weekday = parseValue(last[1] ?? '', spec, minYear);
    return weekday.ok ? { ok: true, value: { kind: 'last-of-month', weekday: weekday.value } } : weekday;
  }
  const nth = /^([A-Z]{3}|\d+)#(.*)$/.exec(upper);
  if (nth) {
    const weekday = parseValue(nth[1] ?? '', spec, minYear);
    if (!weekday.ok) return weekday;
    if (!/^[1-5]$/.test(nth[2] ?? '')) return fieldFail(spec, `the number after # in ${upper} must be 1–5 (the week of the month)`);
    return { ok: true, value: { kind: 'nth-of-month', weekday: weekday.value, nth: Number(nth[2]) } };
  }
  return null;
}
