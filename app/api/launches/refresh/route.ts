import { z } from 'zod';

import { defineRoute } from '@/lib/auth/route';
import { getDb } from '@/lib/db';
import { findLaunchStatuses } from '@/lib/db/launch-list';

/** At most this many launches per request: one list page's unfinished rows, in chunks. */
const MAX_IDS = 20;

const query = z.object({
  ids: z
    .string()
    .transform((text) => [...new Set(text.split(',').filter(Boolean))])
    .pipe(z.array(z.uuid('ids: launch IDs, comma-separated.')).min(1, 'ids: at least one launch ID.').max(MAX_IDS, `ids: at most ${MAX_IDS} launch IDs.`)),
});

/**
 * The current status of a few launches, for the invocations list's live column, from our
 * records: the observer keeps them current, so a list open in many tabs costs ECS nothing.
 */
export const GET = defineRoute({ name: 'launches.refresh', access: 'viewer', query }, async ({ query: { ids } }) => {
  const rows = await findLaunchStatuses(await getDb(), ids);
  return { launches: rows.map((row) => ({ id: row.id, status: row.status })) };
});
