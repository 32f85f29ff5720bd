import { z } from 'zod';

import { defineRoute } from '@/lib/auth/route';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { readLaunch } from '@/lib/launches/launch-read';

/**
 * A launch from our records (the observer keeps them current). `since` answers only what
 * changed after that change number (or `unchanged`); `instances=0` leaves out the instances.
 */
export const GET = defineRoute(
  {
    name: 'launch',
    access: 'viewer',
    query: z.object({ since: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0), instances: z.enum(['0', '1']).default('1') }),
  },
  async ({ query, params }: { query: { since: number; instances: '0' | '1' }; params: { launchId: string } }) => {
    const launchId = z.uuid().safeParse(params.launchId);
    if (!launchId.success) throw notFound('That launch');
    const view = await readLaunch(await getDb(), launchId.data, { since: query.since, withInstances: query.instances === '1' });
    if (!view) throw notFound('That launch');
    return view;
  },
);
