import { z } from 'zod';

import { defineRoute } from '@/lib/auth/route';
import { CLOUD_ASSISTANT_PAGE_MAX, getEcsClient, INSTANCES_PAGE_MAX } from '@/lib/ecs';
import { isManagedInstanceId } from '@/lib/invoke/ids';
import { instanceIdSchema } from '@/lib/launches/query-schemas';
import { allowedRegionSchema } from '@/lib/launches/regions';

/**
 * The names of up to 100 instances, for the review tables: Alibaba's invocation records carry
 * only instance IDs, and operators know their hosts by name. ECS instances come from one
 * DescribeInstances, managed ones (`mi-`) from DescribeManagedInstances (50 a call). An
 * instance released or deregistered since is simply absent.
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
    const ecs = getEcsClient();
    const managedIds = query.ids.filter(isManagedInstanceId);
    const ecsIds = query.ids.filter((id) => !isManagedInstanceId(id));
    const managedChunks: string[][] = [];
    for (let start = 0; start < managedIds.length; start += CLOUD_ASSISTANT_PAGE_MAX) managedChunks.push(managedIds.slice(start, start + CLOUD_ASSISTANT_PAGE_MAX));
    const [ecsItems, managedItems] = await Promise.all([
      ecsIds.length ? ecs.describeInstancesPage(query.region, { instanceIds: ecsIds, maxResults: INSTANCES_PAGE_MAX }).then((page) => page.items) : [],
      Promise.all(managedChunks.map((ids) => ecs.describeManagedInstances(query.region, { instanceIds: ids, maxResults: CLOUD_ASSISTANT_PAGE_MAX }))).then((pages) => pages.flatMap((page) => page.items)),
    ]);
    const hosts = [
      ...ecsItems.map((instance) => ({
        id: instance.instanceId,
        name: instance.name,
        addresses: [...instance.privateIpAddresses, ...instance.publicIpAddresses, ...(instance.eipAddress ? [instance.eipAddress] : [])],
      })),
      ...managedItems.map((instance) => ({ id: instance.instanceId, name: instance.name, addresses: [instance.intranetIp, instance.internetIp].filter(Boolean) })),
    ];
    return {
      names: Object.fromEntries(hosts.map((host) => [host.id, host.name])) as Record<string, string>,
      // For searching an instance table by IP as well as by name.
      addresses: Object.fromEntries(hosts.map((host) => [host.id, host.addresses])) as Record<string, string[]>,
      /** Which of them are managed instances (servers outside ECS), for a table that marks them. */
      managed: managedItems.map((instance) => instance.instanceId),
    };
  },
);
