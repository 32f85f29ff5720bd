import { nextRuns, parseFrequency, type ParsedFrequency } from '@/lib/schedule';
import type { Invocation } from '../state/types';

interface Entry {
  frequency: ParsedFrequency | null;
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
    const entry = this.entry(invocation);
    if (!entry.frequency) return false;
    return nextRuns(entry.frequency, this.options(invocation, after, 1)).length > 0;
  }

  clear(): void {
    this.entries.clear();
  }

  private entry(invocation: Invocation): Entry {
    let entry = this.entries.get(invocation.invokeId);
    if (!entry) {
      // Read as of creation: an at() in the past, or a schedule whose year is over, was valid then.
      const parsed = parseFrequency(invocation.frequency, { now: new Date(invocation.creationTime) });
      entry = {
        frequency: parsed.ok ? parsed.frequency : null,
        times: [],
        skipped: 0,
        computedUntil: invocation.creationTime,
        exhausted: !parsed.ok,
      };
      this.entries.set(invocation.invokeId, entry);
    }
    return entry;
  }

  private extend(invocation: Invocation, until: number): Entry {
    const entry = this.entry(invocation);
    while (!entry.exhausted && entry.computedUntil < until && entry.frequency) {
      const batch = nextRuns(entry.frequency, this.options(invocation, entry.computedUntil, BATCH)).map((date) => date.getTime());
      const due = batch.filter((time) => time <= until);
      entry.times.push(...due);
      if (due.length < batch.length) {
        entry.computedUntil = until;
      } else {
        entry.computedUntil = batch.length ? (batch[batch.length - 1] ?? until) : until;
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
