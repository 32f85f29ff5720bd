import { z } from 'zod';

import { defineRoute } from '@/lib/auth/route';
import { getDb } from '@/lib/db';
import { quotaDay, quotaUsed } from '@/lib/db/quota';
import { getEcsClient } from '@/lib/ecs';
import { type QuotaAnswer } from '@/lib/invoke/limits';
import { appLimits, dailyQuota } from '@/lib/launches/account-limits';
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
  async ({ query }): Promise<QuotaAnswer> => {
    const [used, quota] = await Promise.all([quotaUsed(await getDb(), query.region, quotaDay(new Date())), dailyQuota(getEcsClient(), query.region)]);
    const { instancesPerCall, contentBase64Bytes } = appLimits();
    return { used, limit: quota.limit, source: quota.source, limits: { instancesPerCall, contentBase64Bytes } };
  },
);
