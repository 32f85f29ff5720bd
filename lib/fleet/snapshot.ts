import 'server-only';

import { type Db } from '@/lib/db/client';
import { findFleetRead, fleetSnapshotPage, recordFleetView, requestFleetRefresh } from '@/lib/db/fleet';
import { AppError } from '@/lib/errors';

import { encodeFleetCursor, type FleetCursor } from './cursor';
import { fleetReadState, isReadRunning } from './due';
import { type FleetRefresher } from './refresh';
import { FLEET_FIRST_PAGE_SIZE, FLEET_PAGE_SIZE, type FleetInstance, type FleetPage, type FleetReadState } from './types';

export interface SnapshotReadOptions {
  /** Reads the region when it has never been read (a fresh start); absent, the page is answered empty. */
  refresher?: FleetRefresher;
  /** How long the first page waits for a region's first read before answering without it. */
  firstReadWaitMs?: number;
  pageSize?: number;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

const POLL_MS = 250;

/** A page token from a read the snapshot no longer holds: the list starts again from its first page. */
export const fleetChanged = () => new AppError('FLEET_CHANGED', 409, 'The fleet was read again while the list was loading; it loads again from the start.');

/**
 * A page of the region's fleet from its snapshot: no ECS call, whoever and however many ask.
 * The first page records the view (a watched region is kept fresh) and, when the region was
 * never read, waits a bounded time for its first read, so a fresh start still shows instances.
 * Every page comes from one set of stored instances: when they last changed is looked at around the rows.
 */
export async function readFleetPage(db: Db, region: string, cursor: FleetCursor | null, options: SnapshotReadOptions = {}): Promise<FleetPage> {
  const now = options.now ?? (() => new Date());
  if (cursor === null) {
    await recordFleetView(db, region, now());
    if (options.refresher) await awaitFirstRead(db, region, options.refresher, options.firstReadWaitMs ?? 20_000, now, options.sleep);
  }
  const size = options.pageSize ?? (cursor === null ? FLEET_FIRST_PAGE_SIZE : FLEET_PAGE_SIZE);
  for (let attempt = 0; ; attempt++) {
    const before = await findFleetRead(db, region);
    if (cursor && before?.changed_at !== cursor.changedAt) throw fleetChanged();
    const rows = await fleetSnapshotPage(db, region, cursor?.after ?? null, size + 1);
    const after = await findFleetRead(db, region);
    // A read changed the instances between the two looks: these rows may be from either; look again.
    if (after?.changed_at !== before?.changed_at) {
      if (cursor || attempt >= 2) throw fleetChanged();
      continue;
    }
    const state = fleetReadState(after, now());
    const page = rows.slice(0, size);
    const last = page.at(-1);
    return {
      ...state,
      instances: page.map((row) => JSON.parse(row.data) as FleetInstance),
      nextToken: rows.length > size && last && after?.changed_at ? encodeFleetCursor({ changedAt: after.changed_at, after: last.sort_key }) : null,
      totalCount: state.instanceCount,
    };
  }
}

export async function fleetState(db: Db, region: string, now: Date = new Date()): Promise<FleetReadState> {
  return fleetReadState(await findFleetRead(db, region), now);
}

/** The Refresh button: a read asked for (taken once the minimum interval allows), and the state after asking. */
export async function askForFleetRead(db: Db, region: string, now: Date = new Date()): Promise<FleetReadState> {
  await requestFleetRefresh(db, region, now);
  return fleetState(db, region, now);
}

async function awaitFirstRead(db: Db, region: string, refresher: FleetRefresher, waitMs: number, now: () => Date, sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref())): Promise<void> {
  const deadline = now().getTime() + waitMs;
  for (;;) {
    const row = await findFleetRead(db, region);
    const left = deadline - now().getTime();
    if (row?.finished_at || left <= 0) return;
    // Not running anywhere: read it here (the lease keeps a second replica from reading too); a
    // read that outlasts the wait goes on, and the picker is told it is still refreshing.
    if (!isReadRunning(row, now())) {
      const read = refresher.refreshRegion(region, 'first').catch(() => false);
      if ((await Promise.race([read, sleep(left).then(() => 'late' as const)])) !== false) return;
    }
    await sleep(POLL_MS);
  }
}
