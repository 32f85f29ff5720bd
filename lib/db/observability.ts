import 'server-only';

import { sql } from 'kysely';

import { type Db } from './client';

/**
 * What /api/metrics and /api/health/ready read from the database. Cluster-wide figures: every
 * replica answers the same, so a dashboard takes max() over replicas, not sum().
 */

/** One cheap round trip: does the database answer? */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`SELECT 1`.execute(db);
}

export interface LaunchFigures {
  /** Launches ever recorded (they are never deleted). */
  launches: number;
  /** Batches per status: pending, sent, failed, skipped. */
  batchesByStatus: Record<string, number>;
  /** How long the longest-waiting batch that is due has waited, in seconds; 0 when none waits. */
  dispatcherLagSeconds: number;
}

export async function readLaunchFigures(db: Db, now: Date): Promise<LaunchFigures> {
  const at = now.toISOString();
  const launches = await db.selectFrom('launches').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  const batches = await db.selectFrom('launch_batches').select(['status', (eb) => eb.fn.countAll().as('n')]).groupBy('status').execute();
  // Due: pending, and not waiting out a failure's backoff. A batch held back by rate control
  // waits too; that is the dispatcher obeying, and shows as lag as well.
  const oldest = await db
    .selectFrom('launch_batches')
    .innerJoin('launches', 'launches.id', 'launch_batches.launch_id')
    .select((eb) => eb.fn.min(eb.fn.coalesce('launch_batches.not_before', 'launches.created_at')).as('since'))
    .where('launch_batches.status', '=', 'pending')
    .where((eb) => eb.or([eb('launch_batches.not_before', 'is', null), eb('launch_batches.not_before', '<=', at)]))
    .executeTakeFirst();
  const since = oldest?.since ? Date.parse(String(oldest.since)) : Number.NaN;
  return {
    launches: Number(launches.n),
    batchesByStatus: Object.fromEntries(batches.map((row) => [row.status, Number(row.n)])),
    dispatcherLagSeconds: Number.isFinite(since) ? Math.max(0, (now.getTime() - since) / 1000) : 0,
  };
}
