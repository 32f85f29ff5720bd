import 'server-only';

import { createHash } from 'node:crypto';

import { type Db } from '@/lib/db/client';
import { findFleetRead, listFleetReads, recordFleetReadFailure, recordFleetReadStarted, storeFleetSnapshot } from '@/lib/db/fleet';
import { acquireLease, releaseLease } from '@/lib/db/leases';
import { type EcsClient, EcsError } from '@/lib/ecs';
import { type ClassicNetworkRule } from '@/lib/launches/instance-lookup';

import { type FleetPace, isFleetReadDue, isRequested, isWatched } from './due';
import { fleetSortKey } from './map';
import { readRegionFleet } from './read-region';

export interface FleetRefresherOptions {
  db: Db;
  ecs: EcsClient;
  /** This replica's name in leases and in the read record. */
  owner: string;
  pace: FleetPace;
  /** Regions kept fresh whether or not anyone looks (the default region). */
  alwaysRegions: () => Promise<readonly string[]>;
  classicNetwork: ClassicNetworkRule;
  /** The lease outlives a page of the read by far; it is renewed after every page. */
  leaseMs?: number;
  now?: () => Date;
  log?: (message: string, fields: Record<string, unknown>) => void;
}

/** Why `refreshRegion` reads: its schedule (only when due), or a first read someone waits for. */
export type FleetReadReason = 'due' | 'first';

/**
 * Keeps one fleet snapshot per region in the database. Every replica runs one; per region the
 * holder of lease `fleet:<region>` reads, and only when the read is due (see isFleetReadDue),
 * so however many replicas and viewers there are, ECS sees one read per interval.
 */
export class FleetRefresher {
  private readonly leaseMs: number;
  private readonly now: () => Date;
  /** Reads running in this process: the lease is per replica, so two callers here must not both read. */
  private readonly running = new Map<string, Promise<boolean>>();

  constructor(readonly options: FleetRefresherOptions) {
    this.leaseMs = options.leaseMs ?? 30_000;
    this.now = options.now ?? (() => new Date());
  }

  /** One pass over the regions that are watched or asked for: returns how many it read. */
  async tick(): Promise<number> {
    const now = this.now();
    const always = new Set(await this.options.alwaysRegions());
    const rows = await listFleetReads(this.options.db);
    const regions = new Set(always);
    for (const row of rows) if (isRequested(row) || isWatched(row, now, this.options.pace, false)) regions.add(row.region_id);
    let read = 0;
    for (const region of regions) if (await this.refreshRegion(region)) read += 1;
    return read;
  }

  /** Reads the region when it is due (or, for 'first', never tried) and this replica wins its lease; true when it read. */
  async refreshRegion(region: string, reason: FleetReadReason = 'due'): Promise<boolean> {
    const running = this.running.get(region);
    if (running) {
      await running;
      return false;
    }
    const attempt = this.attempt(region, reason).finally(() => this.running.delete(region));
    this.running.set(region, attempt);
    return attempt;
  }

  private async attempt(region: string, reason: FleetReadReason): Promise<boolean> {
    const { db, owner } = this.options;
    if (!(await this.shouldRead(region, reason))) return false;
    const lease = `fleet:${region}`;
    if (!(await acquireLease(db, lease, owner, this.now(), this.leaseMs))) return false;
    try {
      // Another replica may have finished a read between the look above and the lease.
      if (!(await this.shouldRead(region, reason))) return false;
      await this.read(region, () => acquireLease(db, lease, owner, this.now(), this.leaseMs).then(() => undefined));
      return true;
    } finally {
      await releaseLease(db, lease, owner);
    }
  }

  private async shouldRead(region: string, reason: FleetReadReason): Promise<boolean> {
    const row = await findFleetRead(this.options.db, region);
    if (reason === 'first') return !row?.finished_at;
    const always = (await this.options.alwaysRegions()).includes(region);
    return isFleetReadDue(row, this.now(), this.options.pace, always);
  }

  private async read(region: string, renew: () => Promise<void>): Promise<void> {
    const { db, ecs, owner } = this.options;
    const startedAt = this.now();
    await recordFleetReadStarted(db, region, owner, startedAt);
    try {
      const instances = await readRegionFleet(ecs, region, this.options.classicNetwork, renew);
      // In the order read; an instance seen twice (the fleet moved between pages) is kept once.
      const unique = [...new Map(instances.map((instance) => [instance.instanceId, instance])).values()];
      const rows = unique.map((instance, position) => ({ sortKey: fleetSortKey(position), instanceId: instance.instanceId, data: JSON.stringify(instance) }));
      const contentHash = createHash('sha256').update(rows.map((row) => row.data).join('\n')).digest('hex');
      await storeFleetSnapshot(db, region, rows, { startedAt, finishedAt: this.now(), contentHash });
    } catch (error) {
      // Alibaba's own words: the hints around them speak of launches, not of this read.
      const failure = error instanceof EcsError ? { code: error.code, message: error.detail || error.message } : { code: 'FleetReadFailed', message: 'The fleet could not be read; it is tried again at the next interval.' };
      this.options.log?.('fleet read failed', { region, code: failure.code, error: error instanceof Error ? error.message : String(error) });
      await recordFleetReadFailure(db, region, failure, this.now());
    }
  }
}
