import { z } from 'zod';

import { defineRoute } from '@/lib/auth/route';
import { getEcsClient } from '@/lib/ecs';
import { regionQuota } from '@/lib/invoke/form-data';
import { type QuotaAnswer } from '@/lib/invoke/limits';
import { allowedRegionSchema } from '@/lib/launches/regions';

/**
 * Today's InvokeCommand calls in a region, from our own records; the daily limit and where it
 * came from (the account, the environment, the documented default); and the per-call limits.
 */
export const GET = defineRoute(
  {
    name: 'quota',
    access: 'viewer',
    query: z.object({ region: allowedRegionSchema }),
  },
  async ({ query }): Promise<QuotaAnswer> => regionQuota(getEcsClient(), query.region),
);
