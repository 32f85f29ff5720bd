import { describe, expect, it } from 'vitest';

import { type FleetReadRow } from '@/lib/db/fleet';

import { encodeFleetCursor, fleetCursorSchema } from './cursor';
import { ABANDONED_READ_MS, fleetReadState, isFleetReadDue } from './due';

const PACE = { intervalMs: 60_000, minIntervalMs: 10_000, viewedWithinMs: 600_000 };
const T0 = Date.parse('2026-12-07T10:00:00Z');
const at = (ms: number) => new Date(T0 + ms);
const iso = (ms: number) => at(ms).toISOString();

function row(set: Partial<FleetReadRow>): FleetReadRow {
  return { region_id: 'cn-shanghai', read_at: null, duration_ms: null, instance_count: null, started_at: null, finished_at: null, read_by: null, error_code: null, error_message: null, error_at: null, requested_at: null, viewed_at: null, content_hash: null, changed_at: null, ...set };
}

describe('when a region is read', () => {
  it('reads a region never read once it is kept, asked for or looked at; not one nobody cares about', () => {
    expect(isFleetReadDue(undefined, at(0), PACE, true)).toBe(true);
    expect(isFleetReadDue(undefined, at(0), PACE, false)).toBe(false);
    expect(isFleetReadDue(row({ requested_at: iso(0) }), at(0), PACE, false)).toBe(true);
    expect(isFleetReadDue(row({ viewed_at: iso(0) }), at(1_000), PACE, false)).toBe(true);
  });

  it('a request waits out the minimum interval from the last read’s start; a request older than that start is spent', () => {
    const read = { started_at: iso(0), finished_at: iso(2_000), read_at: iso(2_000) };
    expect(isFleetReadDue(row({ ...read, requested_at: iso(1_000) }), at(9_999), PACE, true)).toBe(false);
    expect(isFleetReadDue(row({ ...read, requested_at: iso(1_000) }), at(10_000), PACE, true)).toBe(true);
    expect(isFleetReadDue(row({ ...read, requested_at: iso(-1_000) }), at(10_000), PACE, true)).toBe(false);
  });

  it('a watched region is read every interval; one not looked at for ten minutes is left alone', () => {
    const read = { started_at: iso(0), finished_at: iso(2_000), read_at: iso(2_000) };
    expect(isFleetReadDue(row({ ...read, viewed_at: iso(0) }), at(59_999), PACE, false)).toBe(false);
    expect(isFleetReadDue(row({ ...read, viewed_at: iso(0) }), at(60_000), PACE, false)).toBe(true);
    expect(isFleetReadDue(row({ ...read, viewed_at: iso(0) }), at(600_000), PACE, false)).toBe(false);
    expect(isFleetReadDue(row(read), at(600_000), PACE, true)).toBe(true);
  });
});

describe('the read state the picker shows', () => {
  it('is refreshing while a read runs or a request waits, and not for a read abandoned by a crashed replica', () => {
    expect(fleetReadState(row({ started_at: iso(0) }), at(1_000)).refreshing).toBe(true);
    expect(fleetReadState(row({ started_at: iso(0) }), at(ABANDONED_READ_MS + 1)).refreshing).toBe(false);
    expect(fleetReadState(row({ started_at: iso(0), finished_at: iso(500), requested_at: iso(1_000) }), at(2_000)).refreshing).toBe(true);
    expect(fleetReadState(row({ started_at: iso(0), finished_at: iso(500) }), at(2_000)).refreshing).toBe(false);
  });

  it('keeps the last good read’s time beside a later failure', () => {
    const state = fleetReadState(row({ read_at: iso(0), started_at: iso(60_000), finished_at: iso(61_000), error_code: 'Throttling', error_message: 'Request was denied due to request throttling.', error_at: iso(61_000) }), at(62_000));
    expect(state).toMatchObject({ readAt: iso(0), refreshing: false, lastError: { code: 'Throttling', at: iso(61_000) } });
  });
});

describe('the page token', () => {
  it('round-trips a read and a sort key, and refuses anything else', () => {
    const cursor = { changedAt: '2026-12-07T10:00:00.000Z', after: '0000099' };
    expect(fleetCursorSchema.parse(encodeFleetCursor(cursor))).toEqual(cursor);
    expect(fleetCursorSchema.safeParse(encodeFleetCursor({ ...cursor, after: "1' OR 1=1" })).success).toBe(false);
    expect(fleetCursorSchema.safeParse('garbage').error?.issues[0]?.message).toMatch(/^nextToken:/);
  });
});
