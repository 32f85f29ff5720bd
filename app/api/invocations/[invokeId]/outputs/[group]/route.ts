import { defineRoute } from '@/lib/auth/route';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { groupHashSchema, invokeScope, outputMembersPage, outputPageQuery, type OutputPageQuery } from '@/lib/launches/output-read';

/** The instances of an InvokeId that returned one group's output, a page at a time. Our records only. */
export const GET = defineRoute(
  { name: 'invocationOutputMembers', access: 'viewer', query: outputPageQuery },
  async ({ query, params }: { query: OutputPageQuery; params: { invokeId: string; group: string } }) => {
    const group = groupHashSchema.safeParse(params.group);
    if (!group.success) throw notFound('That group of outputs');
    return outputMembersPage(await getDb(), invokeScope(params.invokeId), group.data, query.page, query.status);
  },
);
