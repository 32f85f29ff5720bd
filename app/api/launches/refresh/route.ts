import { z } from 'zod';

import { defineRoute } from '@/lib/auth/route';
import { getDb } from '@/lib/db';
import { findLaunchStatuses } from '@/lib/db/launch-list';
import { getEcsClient } from '@/lib/ecs';
import { refreshLaunch } from '@/lib/launches/refresh';
import { isTerminal } from '@/lib/launches/status';
import { logger } from '@/lib/logger';

/** At most this many launches per request: one list page's unfinished rows, in chunks. */
const MAX_IDS = 20;
/** A launch asked about this recently (by any tab, any replica) answers from our records. */
const FRESH_MS = 5_000;
/** ECS calls in flight at once for one request. */
const CONCURRENCY = 4;

const query = z.object({
  ids: z
    .string()
    .transform((text) => [...new Set(text.split(',').filter(Boolean))])
    .pipe(z.array(z.uuid('ids: launch IDs, comma-separated.')).min(1, 'ids: at least one launch ID.').max(MAX_IDS, `ids: at most ${MAX_IDS} launch IDs.`)),
});

/**
 * The current status of a few launches, for the invocations list's live column: each one
 * not yet terminal and not refreshed in the last few seconds is asked about first.
 */
export const GET = defineRoute({ name: 'launches.refresh', access: 'viewer', query }, async ({ query: { ids } }) => {
  const db = await getDb();
  const rows = await findLaunchStatuses(db, ids);
  const now = Date.now();
  const due = rows.filter((row) => !isTerminal(row.status) && !(row.status_updated_at && now - Date.parse(row.status_updated_at) < FRESH_MS));
  const statuses = new Map(rows.map((row) => [row.id, row.status]));
  if (due.length > 0) {
    const ecs = getEcsClient();
    for (let start = 0; start < due.length; start += CONCURRENCY) {
      await Promise.all(
        due.slice(start, start + CONCURRENCY).map(async (row) => {
          try {
            const status = await refreshLaunch(db, ecs, row.id);
            if (status) statuses.set(row.id, status);
          } catch (error) {
            // One launch that cannot be read keeps its last known status; the others still answer.
            logger.warn('could not refresh a launch for the list', { launchId: row.id, error: error instanceof Error ? error.message : String(error) });
          }
        }),
      );
    }
  }
  return { launches: rows.map((row) => ({ id: row.id, status: statuses.get(row.id) ?? row.status })) };
});
