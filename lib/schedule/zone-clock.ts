import type { ZoneSpec } from '@/lib/schedule/types';

/**
 * Wall clocks through `Intl`: what a clock in a zone shows at an instant. A wall time is
 * carried as "milliseconds as if it were UTC", which lets croner match patterns against it
 * with `utcOffset: 0` and lets offsets be read as plain differences.
 */

export type WallParts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function partsInIana(timeZone: string, instantMs: number): WallParts {
  const parts: WallParts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(instantMs)) {
    if (part.type in parts) parts[part.type as keyof WallParts] = Number(part.value);
  }
  // Some engines still print midnight as 24 under h23.
  if (parts.hour === 24) parts.hour = 0;
  return parts;
}

export function partsToMs(parts: WallParts): number {
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

export function partsOfWallMs(wallMs: number): WallParts {
  const date = new Date(wallMs);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

/** The wall clock of `zone` at an instant, as UTC-style milliseconds (whole seconds). */
export function wallClockMs(zone: ZoneSpec, instantMs: number): number {
  const whole = Math.floor(instantMs / 1000) * 1000;
  if (zone.kind === 'fixed') return whole + zone.offsetMinutes * 60_000;
  return partsToMs(partsInIana(zone.name, whole));
}

/** Minutes east of UTC that `zone` observes at an instant. */
export function offsetMinutesAt(zone: ZoneSpec, instantMs: number): number {
  if (zone.kind === 'fixed') return zone.offsetMinutes;
  const whole = Math.floor(instantMs / 1000) * 1000;
  return Math.round((wallClockMs(zone, whole) - whole) / 60_000);
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

export function formatClock(parts: Pick<WallParts, 'hour' | 'minute' | 'second'>, withSeconds = true): string {
  const base = `${pad(parts.hour)}:${pad(parts.minute)}`;
  return withSeconds ? `${base}:${pad(parts.second)}` : base;
}

export function formatDate(parts: Pick<WallParts, 'year' | 'month' | 'day'>): string {
  return `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}`;
}

/** `GMT+8`, `GMT-3:30`, `GMT` for an offset in minutes. */
export function formatOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'GMT';
  const sign = offsetMinutes > 0 ? '+' : '-';
  const magnitude = Math.abs(offsetMinutes);
  const minutes = magnitude % 60;
  return `GMT${sign}${Math.floor(magnitude / 60)}${minutes ? `:${pad(minutes)}` : ''}`;
}
