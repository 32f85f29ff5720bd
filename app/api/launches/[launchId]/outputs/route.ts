import { z } from 'zod';

import { defineRoute } from '@/lib/auth/route';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { outputGroupsPage, outputPageQuery, type OutputPageQuery } from '@/lib/launches/output-read';

/**
 * The outputs of every instance of a launch, grouped by text, as the background read found
 * them: where the read stands and one page of groups (`status=` narrows them to instances in
 * those statuses). Our records only; no ECS call.
 */
export const GET = defineRoute({ name: 'launchOutputs', access: 'viewer', query: outputPageQuery }, async ({ query, params }: { query: OutputPageQuery; params: { launchId: string } }) => {
  const launchId = z.uuid().safeParse(params.launchId);
  if (!launchId.success) throw notFound('That launch');
  return outputGroupsPage(await getDb(), { launchId: launchId.data }, query.page, new Date(), query.status);
});
