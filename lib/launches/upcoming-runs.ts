import { describeFrequency, nextRuns, parseFrequency, type ParsedFrequency } from '@/lib/schedule';

/**
 * When a Period launch runs next, computed on the server from its Frequency (no schedule code
 * in the browser). A cron without a zone runs on each instance's clock; like the launch page,
 * we read it in UTC.
 */

const DEFAULT_ZONE = 'UTC';
/** Enough for a cron every 10 s (the shortest allowed) over a whole day. */
const COUNT_LIMIT = 10_000;
/** Runs asked of croner at first, doubling up to the most it gives at once: a sparse schedule costs a few runs, not a thousand. */
const FIRST_CHUNK = 50;
const MAX_CHUNK = 1000;

/** The launch's Frequency, read as of its own time so an at() that has since passed still parses. */
export function launchFrequency(frequency: string | null, createdAt: string): ParsedFrequency | null {
  if (!frequency) return null;
  const parsed = parseFrequency(frequency, { now: new Date(Date.parse(createdAt) - 60_000) });
  return parsed.ok ? parsed.frequency : null;
}

/** The next run strictly after `now`, or null when there is none (a passed at(), an unreadable Frequency). */
export function nextRunOf(frequency: string | null, createdAt: string, now: Date): Date | null {
  const parsed = launchFrequency(frequency, createdAt);
  if (!parsed) return null;
  return nextRuns(parsed, { after: now, count: 1, createdAt: new Date(createdAt), defaultTimeZone: DEFAULT_ZONE })[0] ?? null;
}

export interface RunsInWindow {
  /** At most `cap` runs, spread over the window when there are more (every k-th run). */
  shown: Date[];
  /** Every run in the window (up to COUNT_LIMIT; `exact` says whether it stopped there). */
  total: number;
  exact: boolean;
}

/** The runs after `from` up to `to`: all of them counted, `cap` of them kept to draw. */
export function runsWithin(frequency: ParsedFrequency, createdAt: string, window: { from: Date; to: Date }, cap: number): RunsInWindow {
  const all: Date[] = [];
  const end = window.to.getTime();
  let after = window.from;
  let size = FIRST_CHUNK;
  while (all.length < COUNT_LIMIT) {
    const chunk = nextRuns(frequency, { after, count: size, createdAt: new Date(createdAt), defaultTimeZone: DEFAULT_ZONE });
    const inside = chunk.filter((run) => run.getTime() <= end);
    all.push(...inside);
    const last = chunk.at(-1);
    if (inside.length < chunk.length || !last || chunk.length < size) break;
    after = last;
    size = Math.min(MAX_CHUNK, size * 2);
  }
  const runs = all.slice(0, COUNT_LIMIT);
  return { shown: spread(runs, cap), total: runs.length, exact: runs.length < COUNT_LIMIT };
}

/** `cap` items spread evenly over the list, first and last included; the list itself when it fits. */
export function spread<T>(items: readonly T[], cap: number): T[] {
  if (items.length <= cap) return [...items];
  if (cap <= 0) return [];
  if (cap === 1) return items.slice(0, 1);
  const step = (items.length - 1) / (cap - 1);
  return Array.from({ length: cap }, (_, index) => items[Math.round(index * step)] as T);
}

export interface TimelineRow {
  launchId: string;
  commandName: string;
  frequency: string;
  /** The schedule in words, or the Frequency as written when this version cannot read it. */
  words: string;
  /** ISO times of the runs to draw (spread over the window when there are more than the cap). */
  runs: string[];
  total: number;
  exact: boolean;
  /** The first run after the window, for a row with none inside it. */
  later: string | null;
}

/**
 * One row per Period launch for the next-24-hours timeline: its runs in the window, capped
 * per row, soonest first; launches with no run in it come last.
 */
export function timelineRows(
  launches: readonly { id: string; commandName: string; frequency: string | null; createdAt: string }[],
  window: { from: Date; to: Date },
  cap: number,
): TimelineRow[] {
  const rows = launches.flatMap((launch): TimelineRow[] => {
    if (!launch.frequency) return [];
    const parsed = launchFrequency(launch.frequency, launch.createdAt);
    if (!parsed) return [{ launchId: launch.id, commandName: launch.commandName, frequency: launch.frequency, words: launch.frequency, runs: [], total: 0, exact: true, later: null }];
    const inside = runsWithin(parsed, launch.createdAt, window, cap);
    const later = inside.total === 0 ? nextRunOf(launch.frequency, launch.createdAt, window.to) : null;
    return [
      {
        launchId: launch.id,
        commandName: launch.commandName,
        frequency: launch.frequency,
        words: describeFrequency(parsed),
        runs: inside.shown.map((run) => run.toISOString()),
        total: inside.total,
        exact: inside.exact,
        later: later?.toISOString() ?? null,
      },
    ];
  });
  // '~' sorts after any ISO time (by code point): a row with no run at all goes to the end.
  const key = (row: TimelineRow) => row.runs[0] ?? row.later ?? '~';
  return rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.commandName.localeCompare(b.commandName)));
}
