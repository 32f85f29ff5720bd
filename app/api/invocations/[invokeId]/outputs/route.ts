import { z } from 'zod';

import { defineRoute } from '@/lib/auth/route';
import { getDb } from '@/lib/db';
import { getEcsClient, INSTANCES_PAGE_MAX } from '@/lib/ecs';
import { invalid } from '@/lib/errors';
import { regionOfInvocation } from '@/lib/launches/invocation-read';
import { groupOutputs, type InstanceIdentity } from '@/lib/launches/output-groups';
import { invokeIdSchema, regionSchema } from '@/lib/launches/query-schemas';

/**
 * Every instance's latest output at once, grouped by what it says (each instance's own host
 * name, ID and addresses aside), so "37 instances returned this" needs one read, not 37.
 * Loaded only when asked for.
 */
export const GET = defineRoute(
  { name: 'invocationOutputs', access: 'viewer', query: z.object({ region: regionSchema.optional() }) },
  async ({ query, params }: { query: { region?: string | undefined }; params: { invokeId: string } }) => {
    const invokeId = invokeIdSchema.parse(params.invokeId);
    const db = await getDb();
    const region = await regionOfInvocation(db, invokeId, query.region);
    if (!region) throw invalid('Say which region the InvokeId is in.');
    const ecs = getEcsClient();
    const invocation = (await ecs.describeInvocations(region, { invokeId, includeOutput: true, maxResults: 1 })).items[0];
    const instances = invocation?.instances ?? [];
    const identities = new Map<string, InstanceIdentity>();
    for (let start = 0; start < instances.length; start += INSTANCES_PAGE_MAX) {
      const ids = instances.slice(start, start + INSTANCES_PAGE_MAX).map((instance) => instance.instanceId);
      const page = await ecs.describeInstancesPage(region, { instanceIds: ids, maxResults: INSTANCES_PAGE_MAX });
      for (const item of page.items) {
        identities.set(item.instanceId, { instanceId: item.instanceId, name: item.name, hostName: item.hostName, addresses: [...item.privateIpAddresses, ...item.publicIpAddresses] });
      }
    }
    const outputs = instances.map((instance) => ({ instanceId: instance.instanceId, output: instance.output ?? '', dropped: instance.dropped, status: instance.invocationStatus }));
    return { groups: groupOutputs(outputs, identities) };
  },
);
