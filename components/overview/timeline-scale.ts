/**
 * Placement on the next-24-hours timeline: a run's position along the axis and the axis's
 * ticks, both as percentages of its width, so rows and ticks line up at any width.
 */

const HOUR = 3_600_000;

export interface Tick {
  /** "15:00" (UTC). */
  label: string;
  iso: string;
  left: number;
  /** Every other tick, which a phone leaves out. */
  minor: boolean;
}

/** Where an instant sits on an axis from `from` spanning `spanMs`, in percent (clamped to the axis). */
export function placeOnAxis(iso: string, from: Date, spanMs: number): number {
  const offset = (Date.parse(iso) - from.getTime()) / spanMs;
  return Math.min(100, Math.max(0, Math.round(offset * 10_000) / 100));
}

/** Ticks on the whole UTC hours that are multiples of `everyHours`, inside the axis. */
export function axisTicks(from: Date, spanMs: number, everyHours = 3): Tick[] {
  const step = everyHours * HOUR;
  const first = Math.ceil(from.getTime() / step) * step;
  const ticks: Tick[] = [];
  for (let at = first, index = 0; at < from.getTime() + spanMs; at += step, index += 1) {
    const iso = new Date(at).toISOString();
    ticks.push({ label: iso.slice(11, 16), iso, left: placeOnAxis(iso, from, spanMs), minor: index % 2 === 1 });
  }
  return ticks;
}
