import { type DayOutcomes } from '@/lib/db/overview';
import { OUTCOMES, type Outcome } from '@/lib/launches/outcomes';

/**
 * The 14-day chart's arithmetic, apart from its markup so it can be tested: a round top for
 * the y axis, its gridlines, and each day's stacked segments in the plot's own units.
 */

const FACTORS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/**
 * The y axis's top for a busiest day of `max`: four gridline steps of a round whole number
 * (1, 2, 3, 4, 5, 6, 8, 15, 25… × 10ⁿ), so the labels read cleanly and the bars fill the plot.
 */
export function chartTop(max: number): number {
  const raw = Number.isFinite(max) && max > 0 ? max / 4 : 0;
  if (raw <= 1) return 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = FACTORS.map((factor) => factor * magnitude).find((value) => value >= raw && Number.isInteger(value)) ?? 10 * magnitude;
  return step * 4;
}

/** Gridline values from 0 to `top` in four equal steps. */
export function gridValues(top: number): number[] {
  return [0, 1, 2, 3, 4].map((index) => (top * index) / 4);
}

export interface Segment {
  outcome: Outcome;
  count: number;
  /** From the plot's top, in the plot's units (0 … height). */
  y: number;
  height: number;
}

/** A day's bar as segments stacked from the bottom, in the order of OUTCOMES (succeeded lowest). */
export function stackDay(day: DayOutcomes, top: number, plotHeight: number): Segment[] {
  const segments: Segment[] = [];
  let base = plotHeight;
  for (const outcome of OUTCOMES) {
    const count = day[outcome];
    if (count === 0) continue;
    const height = (count / top) * plotHeight;
    base -= height;
    segments.push({ outcome, count, y: base, height });
  }
  return segments;
}

/** "Dec 3" for a UTC day. */
export function shortDay(day: string): string {
  return new Date(`${day}T00:00:00.000Z`).toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
}
