import { scheduleZone } from '@/lib/schedule/next-runs';
import { runtimeTimeZone } from '@/lib/schedule/runtime-zone';
import { zoneFromName, zoneLabel } from '@/lib/schedule/time-zone';
import type { ParsedFrequency, ZoneSpec } from '@/lib/schedule/types';
import { formatClock, formatDate, formatOffset, offsetMinutesAt, partsOfWallMs, wallClockMs } from '@/lib/schedule/zone-clock';

/** One instant on one zone's clock. */
export type ZonedTime = {
  /** e.g. "2026-06-02 02:00:00 Asia/Shanghai (GMT+8)" or "2026-06-01 18:00:00 UTC" */
  text: string;
  /** yyyy-MM-dd */
  date: string;
  /** HH:mm:ss */
  time: string;
  /** The zone's name as the schedule or viewer gives it */
  zone: string;
  /** e.g. "GMT+8", "GMT-4", "GMT" */
  offset: string;
};

export type RunInZones = { instant: string; schedule: ZonedTime; utc: ZonedTime; viewer: ZonedTime };

const UTC: ZoneSpec = { kind: 'fixed', offsetMinutes: 0, label: 'UTC' };

export { runtimeTimeZone };

export function formatInZone(instant: Date, zone: ZoneSpec | string): ZonedTime {
  const spec = typeof zone === 'string' ? zoneFromName(zone) : zone;
  const ms = instant.getTime();
  const parts = partsOfWallMs(wallClockMs(spec, ms));
  const date = formatDate(parts);
  const time = formatClock(parts);
  const offset = formatOffset(offsetMinutesAt(spec, ms));
  const name = zoneLabel(spec);
  const text = spec.kind === 'iana' ? `${date} ${time} ${name} (${offset})` : `${date} ${time} ${name}`;
  return { text, date, time, zone: name, offset };
}

/**
 * A run shown three ways: on the schedule's clock, in UTC and on the viewer's clock (the
 * browser's by default), which is what operators asked for after runs at the "wrong" hour.
 */
export function formatRun(
  run: Date,
  options: { frequency: ParsedFrequency; viewerTimeZone?: string; defaultTimeZone?: string },
): RunInZones {
  return {
    instant: run.toISOString(),
    schedule: formatInZone(run, scheduleZone(options.frequency, options.defaultTimeZone)),
    utc: formatInZone(run, UTC),
    viewer: formatInZone(run, options.viewerTimeZone ?? runtimeTimeZone()),
  };
}
