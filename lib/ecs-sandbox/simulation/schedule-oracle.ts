import { nextRuns, parseFrequency, type ParsedFrequency } from '@/lib/schedule';
import type { Invocation } from '../state/types';
import { frequencySegments } from './revisions';

interface Segment {
  from: number;
  to: number;
  frequency: ParsedFrequency | null;
}

interface Entry {
  /** The frequencies the schedule has had (ModifyInvocationAttribute), oldest first. */
  segments: Segment[];
  /** Fire times in (creation, computedUntil], oldest first, at most `maxHistory` kept. */
  times: number[];
  /** Fire times dropped from the front of `times` (their ordinals still count). */
  skipped: number;
  computedUntil: number;
  exhausted: boolean;
}

export interface FireTimes {
  times: readonly number[];
  /** Ordinal of `times[0]` minus one. */
  skipped: number;
}

const BATCH = 500;

/**
 * When Period invocations fire, from the schedule module (`@/lib/schedule`). The times
 * are the same for every instance of an invocation (a cron without a time zone is read
 * in UTC: see LIMITATIONS.md), so they are computed once per invocation and extended
 * as the clock moves on.
 */
export class ScheduleOracle {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly maxHistory = 1_000) {}

  fireTimes(invocation: Invocation, until: number): FireTimes {
    const entry = this.extend(invocation, until);
    let end = entry.times.length;
    while (end > 0 && (entry.times[end - 1] ?? 0) > until) end--;
    return { times: end === entry.times.length ? entry.times : entry.times.slice(0, end), skipped: entry.skipped };
  }

  /** True while the schedule still has a run after `after`. */
  hasFutureRun(invocation: Invocation, after: number): boolean {
    const current = this.entry(invocation).segments.at(-1)?.frequency;
    if (!current) return false;
    return nextRuns(current, this.options(invocation, after, 1)).length > 0;
  }

  clear(): void {
    this.entries.clear();
  }

  private entry(invocation: Invocation): Entry {
    // A changed schedule is a new entry: the key counts the revisions.
    const key = `${invocation.invokeId}#${invocation.revisions?.length ?? 0}`;
    let entry = this.entries.get(key);
    if (!entry) {
      // Each frequency is read as of when it took effect: an at() in the past, or a year that is over, was valid then.
      const segments = frequencySegments(invocation).map(({ from, to, frequency }) => {
        const parsed = parseFrequency(frequency, { now: new Date(from) });
        return { from, to, frequency: parsed.ok ? parsed.frequency : null };
      });
      entry = { segments, times: [], skipped: 0, computedUntil: invocation.creationTime, exhausted: segments.every((segment) => !segment.frequency) };
      this.entries.set(key, entry);
    }
    return entry;
  }

  private extend(invocation: Invocation, until: number): Entry {
    const entry = this.entry(invocation);
    while (!entry.exhausted && entry.computedUntil < until) {
      const segment = entry.segments.find((candidate) => entry.computedUntil < candidate.to);
      if (!segment) break;
      const last = segment.to === Number.POSITIVE_INFINITY;
      if (!segment.frequency) {
        if (last) entry.exhausted = true;
        else entry.computedUntil = segment.to;
        continue;
      }
      const after = Math.max(entry.computedUntil, segment.from);
      const batch = nextRuns(segment.frequency, this.options(invocation, after, BATCH)).map((date) => date.getTime());
      const inSegment = batch.filter((time) => time < segment.to);
      const due = inSegment.filter((time) => time <= until);
      entry.times.push(...due);
      if (due.length < inSegment.length) {
        entry.computedUntil = until;
      } else if (!last && (inSegment.length < batch.length || batch.length < BATCH)) {
        entry.computedUntil = segment.to;
      } else {
        entry.computedUntil = inSegment.length ? (inSegment[inSegment.length - 1] ?? until) : until;
        if (batch.length < BATCH) entry.exhausted = true;
      }
      if (entry.times.length > this.maxHistory) {
        const drop = entry.times.length - this.maxHistory;
        entry.times.splice(0, drop);
        entry.skipped += drop;
      }
    }
    return entry;
  }

  private options(invocation: Invocation, after: number, count: number) {
    return { after: new Date(after), count, createdAt: new Date(invocation.creationTime), defaultTimeZone: 'UTC' };
  }
}

/** Features an old agent cannot run (reference §3): rate(), at(), a year field, a time zone. */
export function needsScheduleFeatures(frequency: ParsedFrequency): boolean {
  if (frequency.kind !== 'cron') return true;
  return frequency.timeZone !== null || frequency.fields.year !== null;
}
