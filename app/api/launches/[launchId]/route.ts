import { z } from 'zod';

import { defineRoute } from '@/lib/auth/route';
import { getDb } from '@/lib/db';
import { getEcsClient } from '@/lib/ecs';
import { notFound } from '@/lib/errors';
import { readLaunch } from '@/lib/launches/launch-read';

/**
 * A launch and its batches. `fresh=0` reads only our records (the form polls it while the
 * batches are being sent); otherwise each unfinished invocation is asked about first.
 * `instances=0` leaves out the per-instance list.
 */
export const GET = defineRoute(
  { name: 'launch', access: 'viewer', query: z.object({ fresh: z.enum(['0', '1']).default('1'), instances: z.enum(['0', '1']).default('1') }) },
  async ({ query, params }: { query: { fresh: '0' | '1'; instances: '0' | '1' }; params: { launchId: string } }) => {
    const launchId = z.uuid().safeParse(params.launchId);
    if (!launchId.success) throw notFound('That launch');
    const view = await readLaunch(await getDb(), query.fresh === '1' ? getEcsClient() : null, launchId.data, { withInstances: query.instances === '1' });
    if (!view) throw notFound('That launch');
    return view;
  },
);
