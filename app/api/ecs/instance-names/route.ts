import { z } from 'zod';

import { defineRoute } from '@/lib/auth/route';
import { getEcsClient, INSTANCES_PAGE_MAX } from '@/lib/ecs';
import { instanceIdSchema } from '@/lib/launches/query-schemas';
import { allowedRegionSchema } from '@/lib/launches/regions';

/**
 * The names of up to 100 instances (one DescribeInstances), for the review tables: Alibaba's
 * invocation records carry only instance IDs, and operators know their hosts by name. An
 * instance released since is simply absent.
 */
export const GET = defineRoute(
  {
    name: 'instanceNames',
    access: 'viewer',
    query: z.object({
      region: allowedRegionSchema,
      ids: z
        .string()
        .transform((text) => text.split(',').filter(Boolean))
        .pipe(z.array(instanceIdSchema).min(1).max(INSTANCES_PAGE_MAX, `ids: at most ${INSTANCES_PAGE_MAX} instance IDs per request.`)),
    }),
  },
  async ({ query }) => {
    const page = await getEcsClient().describeInstancesPage(query.region, { instanceIds: query.ids, maxResults: INSTANCES_PAGE_MAX });
    return {
      names: Object.fromEntries(page.items.map((instance) => [instance.instanceId, instance.name])) as Record<string, string>,
      // For searching an instance table by IP as well as by name.
      addresses: Object.fromEntries(page.items.map((instance) => [instance.instanceId, [...instance.privateIpAddresses, ...instance.publicIpAddresses, ...(instance.eipAddress ? [instance.eipAddress] : [])]])) as Record<string, string[]>,
    };
  },
);
