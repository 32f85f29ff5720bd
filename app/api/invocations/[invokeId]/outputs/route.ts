import { defineRoute } from '@/lib/auth/route';
import { getDb } from '@/lib/db';
import { invokeScope, outputGroupsPage, outputPageQuery, type OutputPageQuery } from '@/lib/launches/output-read';

/**
 * Every instance's latest output of one InvokeId, grouped by what it says (each instance's
 * own host name, ID and addresses aside), as the background read found them: where the read
 * stands and one page of groups (`status=` narrows them to instances in those statuses). Our
 * records only; no ECS call.
 */
export const GET = defineRoute({ name: 'invocationOutputs', access: 'viewer', query: outputPageQuery }, async ({ query, params }: { query: OutputPageQuery; params: { invokeId: string } }) =>
  outputGroupsPage(await getDb(), invokeScope(params.invokeId), query.page, new Date(), query.status),
);
