import { z } from 'zod';

import { defineRoute } from '@/lib/auth/route';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { groupHashSchema, outputMembersPage, outputPageQuery, type OutputPageQuery } from '@/lib/launches/output-read';

/** The instances of a launch that returned one group's output, a page at a time. Our records only. */
export const GET = defineRoute(
  { name: 'launchOutputMembers', access: 'viewer', query: outputPageQuery },
  async ({ query, params }: { query: OutputPageQuery; params: { launchId: string; group: string } }) => {
    const launchId = z.uuid().safeParse(params.launchId);
    const group = groupHashSchema.safeParse(params.group);
    if (!launchId.success || !group.success) throw notFound('That group of outputs');
    return outputMembersPage(await getDb(), { launchId: launchId.data }, group.data, query.page, query.status);
  },
);
