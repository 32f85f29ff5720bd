import { z } from 'zod';

import { defineRoute } from '@/lib/auth/route';
import { getDb } from '@/lib/db';
import { getEcsClient } from '@/lib/ecs';
import { notFound } from '@/lib/errors';
import { exportLaunchResults, launchResultsQuery } from '@/lib/export/launch-results';

/**
 * A launch's per-instance results as CSV or JSON (`output=1` adds each instance's output as
 * InvokeDeck read it), streamed; anyone signed in may read them, as they may read the page.
 */
export const GET = defineRoute(
  { name: 'launchResults', access: 'viewer', query: launchResultsQuery },
  async ({ query, params }: { query: z.output<typeof launchResultsQuery>; params: { launchId: string } }) => {
    const launchId = z.uuid().safeParse(params.launchId);
    if (!launchId.success) throw notFound('That launch');
    const response = await exportLaunchResults(await getDb(), getEcsClient(), launchId.data, query, new Date());
    if (!response) throw notFound('That launch');
    return response;
  },
);
