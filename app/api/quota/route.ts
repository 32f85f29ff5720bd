import { z } from 'zod';

import { defineRoute } from '@/lib/auth/route';
import { allowedRegionSchema } from '@/lib/launches/regions';
import { getDb } from '@/lib/db';
import { quotaDay, quotaUsed } from '@/lib/db/quota';
import { DEFAULT_LIMITS } from '@/lib/invoke/limits';

/** Today's InvokeCommand calls in a region, from our own records, and the daily limit. */
export const GET = defineRoute(
  {
    name: 'quota',
    access: 'viewer',
    query: z.object({ region: allowedRegionSchema }),
  },
  async ({ query }) => ({ used: await quotaUsed(await getDb(), query.region, quotaDay(new Date())), limit: DEFAULT_LIMITS.dailyInvocations }),
);
