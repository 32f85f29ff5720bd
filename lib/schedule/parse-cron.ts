import { cronFor } from '@/lib/schedule/croner-cache';
import { parseField, type CronField } from '@/lib/schedule/cron-field';
import type { FieldName } from '@/lib/schedule/cron-field-spec';
import { findGapBelow } from '@/lib/schedule/cron-gap';
import { expandField, isPlainField, toCronerField, toCronstrueField } from '@/lib/schedule/cron-render';
import { formatDuration, MIN_CRON_GAP_SECONDS, smallestAllowedGap, timeoutProblem } from '@/lib/schedule/interval-rules';
import { parseZoneSuffix } from '@/lib/schedule/time-zone';
import type { Checked, CronFieldTexts, CronFrequency, ZoneSpec } from '@/lib/schedule/types';
import { partsInIana, wallClockMs } from '@/lib/schedule/zone-clock';

const FIELD_ORDER: FieldName[] = ['second', 'minute', 'hour', 'dayOfMonth', 'month', 'dayOfWeek', 'year'];
// The agent's test for "is the 7th field a year": `*`, `?`, `*/n`, or anything with a 19xx/20xx year.
const YEAR_LIKE = /^\*$|^\?$|^\*\/\d+$|19[789]\d|20\d\d/;
/**
 * The earliest wall clock on Earth. A cron without zone runs on each instance's own clock, so
 * it is only "over", and a year only "past", once that is so everywhere.
 */
const EARLIEST_ZONE = 'Etc/GMT+12';
const EARLIEST: ZoneSpec = { kind: 'iana', name: EARLIEST_ZONE };
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

type Context = { nowMs: number; timeoutSeconds?: number };
type Fields = Record<FieldName, CronField>;

export function parseCron(text: string, context: Context): Checked<CronFrequency> {
  const parts = text.split(' ');
  const split = splitYearAndZone(parts, context);
  if (!split.ok) return split;
  const { texts, timeZone, zone } = split.value;

  const fields = {} as Fields;
  for (const name of FIELD_ORDER) {
    const parsed = parseField(texts[name] ?? '*', name, name === 'year' && texts.year ? currentYear(context.nowMs) : 0);
    if (!parsed.ok) return parsed;
    fields[name] = parsed.value;
  }
  const days = checkDays(fields, texts);
  if (days) return { ok: false, message: days };

  const pattern = FIELD_ORDER.map((name) => toCronerField(fields[name])).join(' ');
  // Intl is the slow part of a keystroke, so the wall clock is only read when croner needs it.
  const wallNow = (): number => wallClockMs(zone ?? EARLIEST, context.nowMs);
  if (!runsEveryYear(fields) && !cronFor(pattern, null).nextRun(new Date(wallNow()))) {
    const hint = texts.year ? 'its years have passed; use a later year' : 'check the day and month fields';
    return { ok: false, message: `Frequency: ${text} never runs again: ${hint}.` };
  }
  const gap = findGapBelow({ ...fields, pattern }, smallestAllowedGap(context.timeoutSeconds), wallNow);
  if (gap !== null) {
    const problem =
      gap < MIN_CRON_GAP_SECONDS
        ? `Frequency: runs come as close as ${formatDuration(gap)} apart; Cloud Assistant needs at least 10 seconds between runs.`
        : timeoutProblem(gap, context.timeoutSeconds, 'runs come as close as', 'at-least');
    if (problem) return { ok: false, message: problem };
  }

  const describeFields = FIELD_ORDER.filter((name) => name !== 'year' || (texts.year !== null && !fields.year.any));
  return {
    ok: true,
    value: {
      kind: 'cron',
      text,
      timeZone,
      zone,
      fields: texts,
      pattern,
      describeInput: describeFields.map((name) => toCronstrueField(fields[name])).join(' '),
    },
  };
}

type Split = { texts: CronFieldTexts; timeZone: string | null; zone: ZoneSpec | null };

function splitYearAndZone(parts: string[], context: Context): Checked<Split> {
  const count = parts.length;
  if (count < 6 || count > 8) return { ok: false, message: fieldCountMessage(parts) };
  const [second = '', minute = '', hour = '', dayOfMonth = '', month = '', dayOfWeek = '', seventh, eighth] = parts;
  const base = { second, minute, hour, dayOfMonth, month, dayOfWeek };
  if (seventh === undefined) return { ok: true, value: { texts: { ...base, year: null }, timeZone: null, zone: null } };
  if (eighth === undefined && YEAR_LIKE.test(seventh)) {
    return { ok: true, value: { texts: { ...base, year: seventh }, timeZone: null, zone: null } };
  }
  const zoneText = eighth ?? seventh;
  const zone = parseZoneSuffix(zoneText, 'cron');
  if (!zone.ok) {
    // A 7th field like 2100 fails the agent's year test and lands here; say what is wrong with it.
    if (eighth === undefined && /^[\d*,/-]+$/.test(seventh)) {
      const asYear = parseField(seventh, 'year', currentYear(context.nowMs));
      if (!asYear.ok) return asYear;
    }
    return zone;
  }
  return { ok: true, value: { texts: { ...base, year: eighth === undefined ? null : seventh }, timeZone: zoneText, zone: zone.value } };
}

/** The current year on the earliest clock; years before it have passed everywhere. */
function currentYear(nowMs: number): number {
  return partsInIana(EARLIEST_ZONE, nowMs).year;
}

function fieldCountMessage(parts: string[]): string {
  const shape = 'seconds minutes hours day-of-month month day-of-week, then an optional year and time zone';
  if (parts.length === 5) {
    return `Frequency: Cloud Assistant cron has 6 fields (${shape}); this one has 5. Add the seconds first, e.g. 0 ${parts.join(' ')}.`;
  }
  return `Frequency: a cron expression has 6 to 8 fields (${shape}); this one has ${parts.length}.`;
}

/**
 * True when every year up to 2099 has a run, so croner need not search: plain day fields
 * (checkDays has seen that the day exists in a chosen month) or L/LW, and no year limit.
 */
function runsEveryYear(fields: Fields): boolean {
  const { dayOfMonth, dayOfWeek, year } = fields;
  const lastDay = dayOfMonth.entries.every((entry) => entry.kind === 'last' || entry.kind === 'last-weekday');
  return year.any && isPlainField(dayOfWeek) && (isPlainField(dayOfMonth) || lastDay);
}

function checkDays(fields: Fields, texts: CronFieldTexts): string | null {
  const { dayOfMonth, dayOfWeek, month } = fields;
  if (!dayOfMonth.any && !dayOfWeek.any) {
    return (
      `Frequency: day-of-month (${texts.dayOfMonth}) and day-of-week (${texts.dayOfWeek}) are both set; ` +
      `put ? in one of them: ${texts.dayOfMonth} ${texts.month} ? or ? ${texts.month} ${texts.dayOfWeek}.`
    );
  }
  if (!dayOfMonth.any && isPlainField(dayOfMonth)) {
    const days = expandField(dayOfMonth);
    const months = expandField(month);
    const longest = Math.max(...months.map((m) => DAYS_IN_MONTH[m - 1] ?? 31));
    if ((days[0] ?? 1) > longest) {
      return `Frequency: day ${days[0]} of the month never occurs in the chosen months (${texts.month}); pick a day that exists in them.`;
    }
  }
  return null;
}
