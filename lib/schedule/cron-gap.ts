import { cronFor } from '@/lib/schedule/croner-cache';
import type { CronField } from '@/lib/schedule/cron-field';
import { expandField, isPlainField } from '@/lib/schedule/cron-render';

/**
 * The smallest gap between consecutive runs, on the wall clock. Every run day gets the same
 * set of times T, so the gap is either inside a day (read off the second, minute and hour
 * sets) or from a day's last time to the next run day's first time. Only the second case
 * needs to know how close run days come, and only when it could break the limit; then the
 * common shapes are answered directly and the rest by walking upcoming run days with croner.
 */

export type GapFields = {
  second: CronField;
  minute: CronField;
  hour: CronField;
  dayOfMonth: CronField;
  month: CronField;
  dayOfWeek: CronField;
  /** The croner pattern of the whole expression, used to walk run days. */
  pattern: string;
};

const DAY = 86_400;
/** How many upcoming run days the walk looks at. */
const DAY_WINDOW = 64;

function smallestStep(values: number[]): number {
  let smallest = Infinity;
  for (let index = 1; index < values.length; index += 1) {
    smallest = Math.min(smallest, (values[index] ?? 0) - (values[index - 1] ?? 0));
  }
  return smallest;
}

const first = (values: number[]): number => values[0] ?? 0;
const last = (values: number[]): number => values[values.length - 1] ?? 0;

/**
 * A gap below `limit` seconds if one exists among upcoming runs, else null. `fromWallMs` gives
 * where a walk over run days starts (wall-clock milliseconds); it is only asked when needed.
 */
export function findGapBelow(fields: GapFields, limit: number, fromWallMs: () => number): number | null {
  const seconds = expandField(fields.second);
  const minutes = expandField(fields.minute);
  const hours = expandField(fields.hour);
  const secondSpread = last(seconds) - first(seconds);
  const minuteSecondSpread = last(minutes) * 60 + last(seconds) - (first(minutes) * 60 + first(seconds));
  const withinDay = Math.min(
    smallestStep(seconds),
    smallestStep(minutes) * 60 - secondSpread,
    smallestStep(hours) * 3600 - minuteSecondSpread,
  );
  if (withinDay < limit) return withinDay;

  const daySpread = last(hours) * 3600 - first(hours) * 3600 + minuteSecondSpread;
  // A cross-day gap is dayGap * DAY - daySpread; only day gaps below this bound matter.
  const worstDayGap = Math.ceil((limit + daySpread) / DAY) - 1;
  if (worstDayGap < 1) return null;
  const dayGap = smallestDayGap(fields, worstDayGap, fromWallMs);
  return dayGap !== null && dayGap <= worstDayGap ? dayGap * DAY - daySpread : null;
}

/** The smallest distance in days between run days, or null when at most one run day is found. */
function smallestDayGap(fields: GapFields, enough: number, fromWallMs: () => number): number | null {
  const { dayOfMonth, dayOfWeek } = fields;
  if (dayOfMonth.any && dayOfWeek.any) return 1;
  if (dayOfMonth.any && isPlainField(dayOfWeek)) {
    // Any month holds every pair of neighbouring weekdays, so the cyclic step is exact.
    const weekdays = expandField(dayOfWeek);
    const wrap = 7 - last(weekdays) + first(weekdays);
    return Math.min(smallestStep(weekdays), wrap);
  }
  return walkDayGaps(fields.pattern, enough, fromWallMs());
}

function walkDayGaps(pattern: string, enough: number, fromWallMs: number): number | null {
  const parts = pattern.split(' ');
  const dayPattern = ['0', '0', '0', ...parts.slice(3)].join(' ');
  const job = cronFor(dayPattern, null);
  let previous = job.nextRun(new Date(fromWallMs));
  let smallest: number | null = null;
  for (let count = 0; previous && count < DAY_WINDOW; count += 1) {
    // Starting just before the next midnight skips the rest of the current day cheaply.
    const next = job.nextRun(new Date(previous.getTime() + (DAY - 1) * 1000));
    if (!next) break;
    const gap = Math.round((next.getTime() - previous.getTime()) / (DAY * 1000));
    smallest = smallest === null ? gap : Math.min(smallest, gap);
    if (smallest <= enough) break;
    previous = next;
  }
  return smallest;
}
