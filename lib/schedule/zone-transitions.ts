import type { ZoneSpec } from '@/lib/schedule/types';
import { offsetMinutesAt } from '@/lib/schedule/zone-clock';

/** A change of a zone's UTC offset: from `atMs` on, the zone is `offsetAfter` minutes east of UTC. */
export type OffsetTransition = { atMs: number; offsetBefore: number; offsetAfter: number };

const DAY_MS = 86_400_000;
const cache = new Map<string, OffsetTransition[]>();

/**
 * Offset changes of an IANA zone in [fromMs, fromMs + days). Offsets are sampled daily through
 * Intl and each change is narrowed to the second by bisection. Cached per zone and UTC day,
 * since the form asks again on every keystroke.
 */
export function offsetTransitions(zone: ZoneSpec, fromMs: number, days: number): OffsetTransition[] {
  if (zone.kind !== 'iana') return [];
  const startDay = Math.floor(fromMs / DAY_MS);
  const key = `${zone.name}|${startDay}|${days}`;
  const cached = cache.get(key);
  if (cached) return cached;

  const found: OffsetTransition[] = [];
  let previousMs = startDay * DAY_MS;
  let previousOffset = offsetMinutesAt(zone, previousMs);
  for (let day = 1; day <= days + 1; day += 1) {
    const sampleMs = (startDay + day) * DAY_MS;
    const offset = offsetMinutesAt(zone, sampleMs);
    if (offset !== previousOffset) {
      found.push({ atMs: bisect(zone, previousMs, sampleMs, previousOffset), offsetBefore: previousOffset, offsetAfter: offset });
    }
    previousMs = sampleMs;
    previousOffset = offset;
  }
  if (cache.size > 64) cache.clear();
  cache.set(key, found);
  return found;
}

/** The first second in (lowMs, highMs] whose offset differs from `offsetAtLow`. */
function bisect(zone: ZoneSpec, lowMs: number, highMs: number, offsetAtLow: number): number {
  let low = lowMs;
  let high = highMs;
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2000) * 1000;
    if (offsetMinutesAt(zone, middle) === offsetAtLow) low = middle;
    else high = middle;
  }
  return high;
}

/**
 * The instant until which a zone keeps the offset it has at `fromMs`: its next transition, or
 * the end of the year sampled by offsetTransitions when none comes sooner.
 */
export function offsetStableUntil(zone: ZoneSpec, fromMs: number): number {
  if (zone.kind !== 'iana') return Infinity;
  const days = 366;
  const next = offsetTransitions(zone, fromMs, days).find((transition) => transition.atMs > fromMs);
  return next ? next.atMs : (Math.floor(fromMs / DAY_MS) + days + 1) * DAY_MS;
}
