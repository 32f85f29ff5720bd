import { nextRuns, parseFrequency, type ParsedFrequency } from '@/lib/schedule';

/**
 * When a Period launch runs next, computed on the server from its Frequency (no schedule code
 * in the browser). A cron without a zone runs on each instance's clock; like the launch page,
 * we read it in UTC.
 */

const DEFAULT_ZONE = 'UTC';
/** Enough for a cron every 10 s (the shortest allowed) over a whole day. */
const COUNT_LIMIT = 10_000;
const CHUNK = 1000;

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

/** The runs in [from, to): all of them counted, `cap` of them kept to draw. */
export function runsWithin(frequency: ParsedFrequency, createdAt: string, window: { from: Date; to: Date }, cap: number): RunsInWindow {
  const all: Date[] = [];
  const end = window.to.getTime();
  let after = new Date(window.from.getTime() - 1);
  while (all.length < COUNT_LIMIT) {
    const chunk = nextRuns(frequency, { after, count: CHUNK, createdAt: new Date(createdAt), defaultTimeZone: DEFAULT_ZONE });
    const inside = chunk.filter((run) => run.getTime() < end);
    all.push(...inside);
    const last = chunk.at(-1);
    if (inside.length < chunk.length || !last || chunk.length < CHUNK) break;
    after = last;
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
