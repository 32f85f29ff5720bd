import { cronFor } from '@/lib/schedule/croner-cache';
import { zoneFromName } from '@/lib/schedule/time-zone';
import { offsetMinutesAt } from '@/lib/schedule/zone-clock';
import { offsetStableUntil } from '@/lib/schedule/zone-transitions';
import type { ParsedFrequency, ZoneSpec } from '@/lib/schedule/types';

export type NextRunsOptions = {
  /** Runs strictly after this instant. */
  after: Date;
  count: number;
  /** rate() only: when the task was (or will be) created; the first run is one interval later. Defaults to `after`. */
  createdAt?: Date;
  /** The zone for a cron without suffix (it runs on each instance's clock). Default 'UTC'. */
  defaultTimeZone?: string;
};

const MAX_COUNT = 1000;

/** The zone a frequency's times are read in, falling back to `defaultTimeZone`. */
export function scheduleZone(frequency: ParsedFrequency, defaultTimeZone = 'UTC'): ZoneSpec {
  return frequency.zone ?? zoneFromName(defaultTimeZone);
}

/** The next fire times, strictly after `options.after`, computed by croner in the schedule's zone. */
export function nextRuns(frequency: ParsedFrequency, options: NextRunsOptions): Date[] {
  const count = Math.min(MAX_COUNT, Math.max(0, Math.floor(options.count)));
  const afterMs = options.after.getTime();
  if (count === 0 || Number.isNaN(afterMs)) return [];

  if (frequency.kind === 'at') {
    const runAt = new Date(frequency.runAt);
    return runAt.getTime() > afterMs ? [runAt] : [];
  }
  if (frequency.kind === 'rate') {
    // Fixed rate from creation: creation + k·interval, k ≥ 1 (epoch arithmetic, no calendar involved).
    const interval = frequency.intervalSeconds * 1000;
    const anchor = (options.createdAt ?? options.after).getTime();
    const k = afterMs < anchor ? 1 : Math.floor((afterMs - anchor) / interval) + 1;
    return Array.from({ length: count }, (_, index) => new Date(anchor + (k + index) * interval));
  }
  const zone = scheduleZone(frequency, options.defaultTimeZone);
  if (zone.kind === 'fixed') return shiftedRuns(frequency.pattern, count, afterMs, zone.offsetMinutes);
  // Between two DST changes a zone is a fixed offset, and croner is several times faster on
  // one than through Intl. Runs up to the next change come from the shortcut; croner's walk
  // through the zone takes over from the last of them (each step only depends on the previous).
  const stableUntil = offsetStableUntil(zone, afterMs);
  const early = shiftedRuns(frequency.pattern, count, afterMs, offsetMinutesAt(zone, afterMs)).filter(
    (run) => run.getTime() < stableUntil,
  );
  const last = early[early.length - 1];
  if (early.length === count) return early;
  return [...early, ...cronFor(frequency.pattern, zone.name).nextRuns(count - early.length, last ?? options.after)];
}

/** Runs on a clock `offsetMinutes` east of UTC: read the pattern on the shifted clock, shift back. */
function shiftedRuns(pattern: string, count: number, afterMs: number, offsetMinutes: number): Date[] {
  const shift = offsetMinutes * 60_000;
  return cronFor(pattern, null)
    .nextRuns(count, new Date(afterMs + shift))
    .map((run) => new Date(run.getTime() - shift));
}
