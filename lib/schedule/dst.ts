import { cronFor } from '@/lib/schedule/croner-cache';
import { scheduleZone } from '@/lib/schedule/next-runs';
import { zoneLabel } from '@/lib/schedule/time-zone';
import type { ParsedFrequency } from '@/lib/schedule/types';
import { offsetTransitions, type OffsetTransition } from '@/lib/schedule/zone-transitions';
import { formatClock, formatDate, partsOfWallMs, partsToMs, type WallParts } from '@/lib/schedule/zone-clock';

export type DstWarning = {
  /** gap: the wall time is skipped that day; overlap: it happens twice. */
  kind: 'gap' | 'overlap';
  /** The local date of the change, yyyy-MM-dd. */
  date: string;
  zone: string;
  /** The first few scheduled wall times caught in the change, HH:mm or HH:mm:ss. */
  times: string[];
  /** How many scheduled wall times the change catches in all. */
  count: number;
  message: string;
};

export type DstOptions = {
  now: Date;
  /** The zone assumed for a cron without suffix; without one, no zone is assumed and nothing is found. */
  defaultTimeZone?: string;
  /** How far ahead to look. Default: a year. */
  days?: number;
};

const SHOWN_TIMES = 3;
const MAX_COUNTED = 1000;

/**
 * Scheduled wall times that fall into a daylight-saving change in the coming year: skipped
 * in a spring-forward gap, repeated in a fall-back overlap. Rate schedules count real time
 * and never fall into either, and fixed offsets have no changes.
 */
export function daylightSavingWarnings(frequency: ParsedFrequency, options: DstOptions): DstWarning[] {
  if (frequency.kind === 'rate') return [];
  if (frequency.kind === 'cron' && !frequency.zone && !options.defaultTimeZone) return [];
  const zone = scheduleZone(frequency, options.defaultTimeZone);
  const nowMs = options.now.getTime();
  const warnings: DstWarning[] = [];
  for (const transition of offsetTransitions(zone, nowMs, options.days ?? 366)) {
    if (transition.atMs <= nowMs) continue;
    const window = wallWindow(transition);
    const caught =
      frequency.kind === 'at' ? atInWindow(frequency.local, window) : cronInWindow(frequency.pattern, window);
    if (caught.length === 0) continue;
    warnings.push(toWarning(transition, window, caught, zoneLabel(zone)));
  }
  return warnings;
}

type WallWindow = { startMs: number; endMs: number; kind: 'gap' | 'overlap' };

/** The wall times a change skips (gap) or repeats (overlap), as [start, end). */
function wallWindow(transition: OffsetTransition): WallWindow {
  const before = transition.atMs + transition.offsetBefore * 60_000;
  const after = transition.atMs + transition.offsetAfter * 60_000;
  return before < after
    ? { startMs: before, endMs: after, kind: 'gap' }
    : { startMs: after, endMs: before, kind: 'overlap' };
}

function cronInWindow(pattern: string, window: WallWindow): WallParts[] {
  const job = cronFor(pattern, null);
  const caught: WallParts[] = [];
  let run = job.nextRun(new Date(window.startMs - 1000));
  while (run && run.getTime() < window.endMs && caught.length < MAX_COUNTED) {
    caught.push(partsOfWallMs(run.getTime()));
    run = job.nextRun(run);
  }
  return caught;
}

function atInWindow(local: string, window: WallWindow): WallParts[] {
  const [date = '', time = ''] = local.split(' ');
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  const [hour = 0, minute = 0, second = 0] = time.split(':').map(Number);
  const parts = { year, month, day, hour, minute, second };
  const wall = partsToMs(parts);
  return wall >= window.startMs && wall < window.endMs ? [parts] : [];
}

function toWarning(transition: OffsetTransition, window: WallWindow, caught: WallParts[], zone: string): DstWarning {
  const start = partsOfWallMs(window.startMs);
  const end = partsOfWallMs(window.endMs);
  const times = caught.slice(0, SHOWN_TIMES).map((parts) => formatClock(parts, parts.second !== 0));
  const rest = caught.length - times.length;
  const list = rest > 0 ? `${times.join(', ')} and ${rest} more` : joinWords(times);
  const date = formatDate(partsOfWallMs(transition.atMs + transition.offsetBefore * 60_000));
  const from = formatClock(window.kind === 'gap' ? start : end, false);
  const to = formatClock(window.kind === 'gap' ? end : start, false);
  const avoid = `Pick a time outside ${formatClock(start, false)}–${formatClock(end, false)}, or a zone without daylight saving such as UTC.`;
  const message =
    window.kind === 'gap'
      ? `On ${date} clocks in ${zone} jump from ${from} to ${to}, so ${list} ${caught.length === 1 ? 'does' : 'do'} not exist that day and the run may be skipped or moved. ${avoid}`
      : `On ${date} clocks in ${zone} go back from ${from} to ${to}, so ${list} ${caught.length === 1 ? 'happens' : 'happen'} twice and the task may run twice. ${avoid}`;
  return { kind: window.kind, date, zone, times, count: caught.length, message };
}

function joinWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The seed's notice: a cron without a time zone runs on each instance's own system clock.
 * An at() without one is read as UTC. null when the schedule names its zone (or is a rate).
 */
export function timeZoneNotice(frequency: ParsedFrequency): string | null {
  if (frequency.timeZone !== null || frequency.kind === 'rate') return null;
  if (frequency.kind === 'at') return 'No time zone given: the time is read as UTC. Add a zone, e.g. at(… Asia/Shanghai), to use local time.';
  return (
    'No time zone given: each instance runs this schedule on its own system clock, so instances in different ' +
    'time zones run it at different moments. Add a zone, e.g. Asia/Shanghai, to run it at one moment everywhere.'
  );
}
