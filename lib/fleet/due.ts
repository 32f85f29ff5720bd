import { type FleetReadRow } from '@/lib/db/fleet';

import { type FleetReadState } from './types';

/** How often each region's fleet is read. */
export interface FleetPace {
  /** A region someone looks at (or the default region) is read this often. */
  intervalMs: number;
  /** No region is read more often than this, whoever asks. */
  minIntervalMs: number;
  /** A view this recent keeps a region fresh. */
  viewedWithinMs: number;
}

/** A read that started this long ago without finishing is taken for dead (its replica crashed). */
export const ABANDONED_READ_MS = 5 * 60_000;

const ms = (iso: string | null | undefined): number | null => (iso ? Date.parse(iso) : null);

/** Someone looked at the region recently, or it is one kept fresh regardless. */
export function isWatched(row: FleetReadRow | undefined, now: Date, pace: FleetPace, always: boolean): boolean {
  const viewed = ms(row?.viewed_at);
  return always || (viewed !== null && now.getTime() - viewed < pace.viewedWithinMs);
}

/** A read was asked for after the last one began. */
export function isRequested(row: FleetReadRow | undefined): boolean {
  const requested = ms(row?.requested_at);
  const started = ms(row?.started_at);
  return requested !== null && (started === null || requested > started);
}

/**
 * Whether the region should be read now: never read; or asked for since the last read began;
 * or watched and as old as the interval. Never sooner than the minimum interval after the last
 * read began, so neither a crowd of Refresh presses nor a run of launches can flood ECS.
 */
export function isFleetReadDue(row: FleetReadRow | undefined, now: Date, pace: FleetPace, always: boolean): boolean {
  const started = ms(row?.started_at);
  if (started === null) return always || isRequested(row) || isWatched(row, now, pace, false);
  const since = now.getTime() - started;
  if (since < pace.minIntervalMs) return false;
  return isRequested(row) || (isWatched(row, now, pace, always) && since >= pace.intervalMs);
}

/** A read began and has neither finished nor been abandoned. */
export function isReadRunning(row: FleetReadRow | undefined, now: Date): boolean {
  const started = ms(row?.started_at);
  if (started === null || now.getTime() - started > ABANDONED_READ_MS) return false;
  const finished = ms(row?.finished_at);
  return finished === null || finished < started;
}

/** The record as the picker reads it. */
export function fleetReadState(row: FleetReadRow | undefined, now: Date): FleetReadState {
  return {
    readAt: row?.read_at ?? null,
    durationMs: row?.duration_ms ?? null,
    instanceCount: row?.instance_count ?? null,
    refreshing: isReadRunning(row, now) || isRequested(row),
    requestedAt: row?.requested_at ?? null,
    lastError: row?.error_code && row.error_at ? { code: row.error_code, message: row.error_message ?? '', at: row.error_at } : null,
  };
}
