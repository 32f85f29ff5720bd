import { z } from 'zod';

import { defineRoute } from '@/lib/auth/route';
import { getDb } from '@/lib/db';
import { getEcsClient } from '@/lib/ecs';
import { invalid } from '@/lib/errors';
import { regionOfInvocation } from '@/lib/launches/invocation-read';
import { invokeIdSchema, regionSchema } from '@/lib/launches/query-schemas';

/**
 * Every instance's latest output at once, grouped by identical text, so "37 instances
 * returned this" needs one read instead of 37. Loaded only when asked for.
 */
export const GET = defineRoute(
  { name: 'invocationOutputs', access: 'viewer', query: z.object({ region: regionSchema.optional() }) },
  async ({ query, params }: { query: { region?: string | undefined }; params: { invokeId: string } }) => {
    const invokeId = invokeIdSchema.parse(params.invokeId);
    const db = await getDb();
    const region = await regionOfInvocation(db, invokeId, query.region);
    if (!region) throw invalid('Say which region the InvokeId is in.');
    const invocation = (await getEcsClient().describeInvocations(region, { invokeId, includeOutput: true, maxResults: 1 })).items[0];
    const groups = new Map<string, { output: string; dropped: number; instanceIds: string[]; statuses: string[] }>();
    for (const instance of invocation?.instances ?? []) {
      const output = instance.output ?? '';
      const group = groups.get(output) ?? { output, dropped: instance.dropped, instanceIds: [], statuses: [] };
      group.instanceIds.push(instance.instanceId);
      group.statuses.push(instance.invocationStatus);
      group.dropped = Math.max(group.dropped, instance.dropped);
      groups.set(output, group);
    }
    return { groups: [...groups.values()].sort((a, b) => b.instanceIds.length - a.instanceIds.length) };
  },
);
