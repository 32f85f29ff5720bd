import { z } from 'zod';

import { type PickerInstance } from '@/components/invoke/instance-picker';
import { defineRoute } from '@/lib/auth/route';
import { allowedRegionSchema } from '@/lib/launches/regions';
import { type EcsInstanceWithAgent, getEcsClient } from '@/lib/ecs';

/**
 * One page of a region's instances with their Cloud Assistant status, shaped for the
 * instance picker, which pages through them all (10,000 instances = 100 pages).
 */
export const GET = defineRoute(
  {
    name: 'instances',
    access: 'viewer',
    query: z.object({
      region: allowedRegionSchema,
      nextToken: z.string().max(500).optional(),
    }),
  },
  async ({ query }) => {
    const page = await getEcsClient().listInstancesWithAgentPage(query.region, query.nextToken ?? null, { maxResults: 100 });
    return { instances: page.items.map(toPickerInstance), nextToken: page.nextToken, totalCount: page.totalCount };
  },
);

function toPickerInstance(instance: EcsInstanceWithAgent): PickerInstance {
  return {
    instanceId: instance.instanceId,
    name: instance.name,
    hostName: instance.hostName,
    privateIp: instance.privateIpAddresses[0] ?? '',
    publicIp: instance.publicIpAddresses[0] ?? instance.eipAddress ?? '',
    osType: instance.osType,
    osName: instance.osNameEn || instance.osName,
    status: instance.status,
    networkType: instance.networkType,
    zoneId: instance.zoneId,
    instanceType: instance.instanceType,
    tags: instance.tags,
    agentOnline: instance.agentOnline,
    agentVersion: instance.agentVersion,
  };
}
