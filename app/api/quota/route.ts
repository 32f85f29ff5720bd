import { z } from 'zod';

import { defineRoute } from '@/lib/auth/route';
import { getDb } from '@/lib/db';
import { countInvocationsToday } from '@/lib/db/launches';
import { DEFAULT_LIMITS } from '@/lib/invoke/limits';

/** Today's InvokeCommand calls in a region, from our own records, and the daily limit. */
export const GET = defineRoute(
  {
    name: 'quota',
    access: 'viewer',
    query: z.object({ region: z.string().regex(/^[a-z0-9-]{2,40}$/, 'region: a region ID such as cn-shanghai') }),
  },
  async ({ query }) => ({ used: await countInvocationsToday(await getDb(), query.region), limit: DEFAULT_LIMITS.dailyInvocations }),
);
