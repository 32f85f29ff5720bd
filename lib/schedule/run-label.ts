import type { RunInZones, ZonedTime } from '@/lib/schedule/format-run';

const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export interface RunLabelOptions {
  /** Show seconds, for schedules whose runs are not on the minute. */
  withSeconds: boolean;
  /** Show the year, for runs outside the current one. */
  withYear: boolean;
}

/**
 * A run as an operator checks it against a calendar: "Mon 8 Dec 02:00", with the weekday
 * first because weekday schedules are where a wrong zone shows (Sunday night in UTC).
 */
export function runLabel({ date, time }: Pick<ZonedTime, 'date' | 'time'>, { withSeconds, withYear }: RunLabelOptions): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const weekday = WEEKDAY_NAMES[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? '';
  const clock = withSeconds ? time : time.slice(0, 5);
  return `${weekday} ${day} ${MONTH_NAMES[month - 1] ?? ''}${withYear ? ` ${year}` : ''} ${clock}`;
}

/** The label options a table of runs needs: seconds if any run has them, the year if any run is not in `now`'s. */
export function runLabelOptions(runs: readonly RunInZones[], now: Date): RunLabelOptions {
  const year = String(now.getUTCFullYear());
  const times = runs.flatMap((run) => [run.schedule, run.utc, run.viewer]);
  return {
    withSeconds: times.some((zoned) => !zoned.time.endsWith(':00')),
    withYear: times.some((zoned) => !zoned.date.startsWith(year)),
  };
}
