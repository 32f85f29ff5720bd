import { z } from 'zod';

import { type PickerInstance } from '@/components/invoke/instance-picker';
import { defineRoute } from '@/lib/auth/route';
import { CLOUD_ASSISTANT_PAGE_MAX, type EcsClient, type EcsInstanceWithAgent, type EcsManagedInstance, getEcsClient } from '@/lib/ecs';
import { encodeInstanceCursor, type InstanceCursor, instanceCursorSchema } from '@/lib/launches/instance-cursor';
import { classicNetworkRule, type ClassicNetworkRule, managedInstanceInfo } from '@/lib/launches/instance-lookup';
import { allowedRegionSchema } from '@/lib/launches/regions';

/**
 * One page of a region's instances with their Cloud Assistant status, shaped for the
 * instance picker, which pages through them all (10,000 instances = 100 pages): the ECS
 * instances, then the managed ones (`mi-`, DescribeManagedInstances). The first page holds
 * the first of both, so the total is known at once.
 */
export const GET = defineRoute(
  {
    name: 'instances',
    access: 'viewer',
    query: z.object({
      region: allowedRegionSchema,
      nextToken: instanceCursorSchema.optional(),
    }),
  },
  async ({ query }) => {
    const ecs = getEcsClient();
    const rule = classicNetworkRule();
    const cursor = query.nextToken;
    if (!cursor) {
      const [ecsPage, managedPage] = await Promise.all([ecsInstances(ecs, query.region, null, rule), managedInstances(ecs, query.region, null)]);
      const totals = [ecsPage.totalCount, managedPage.totalCount];
      return answer([...ecsPage.instances, ...managedPage.instances], { ecs: ecsPage.nextToken, managed: managedPage.nextToken }, totals.includes(null) ? null : (ecsPage.totalCount ?? 0) + (managedPage.totalCount ?? 0));
    }
    if (cursor.ecs !== null) {
      const page = await ecsInstances(ecs, query.region, cursor.ecs, rule);
      return answer(page.instances, { ecs: page.nextToken, managed: cursor.managed }, null);
    }
    const page = await managedInstances(ecs, query.region, cursor.managed);
    return answer(page.instances, { ecs: null, managed: page.nextToken }, null);
  },
);

function answer(instances: PickerInstance[], next: InstanceCursor, totalCount: number | null) {
  return { instances, nextToken: encodeInstanceCursor(next), totalCount };
}

async function ecsInstances(ecs: EcsClient, region: string, nextToken: string | null, rule: ClassicNetworkRule) {
  const page = await ecs.listInstancesWithAgentPage(region, nextToken, { maxResults: 100 });
  return { instances: page.items.map((instance) => toPickerInstance(instance, rule)), nextToken: page.nextToken, totalCount: page.totalCount };
}

async function managedInstances(ecs: EcsClient, region: string, nextToken: string | null) {
  const page = await ecs.describeManagedInstances(region, { maxResults: CLOUD_ASSISTANT_PAGE_MAX, nextToken });
  // With MaxResults, Alibaba documents TotalCount as not reliable: trust it only when it is plausible.
  const reported = page.totalCount !== null && page.totalCount >= page.items.length ? page.totalCount : null;
  return { instances: page.items.map(toPickerManaged), nextToken: page.nextToken, totalCount: page.nextToken ? reported : page.items.length };
}

function toPickerInstance(instance: EcsInstanceWithAgent, rule: ClassicNetworkRule): PickerInstance {
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
    kind: 'ecs',
    classicNetwork: rule,
  };
}

/** A managed instance has no zone, type or ECS status; its OS version stands for the OS name. */
function toPickerManaged(instance: EcsManagedInstance): PickerInstance {
  return {
    ...managedInstanceInfo(instance),
    hostName: instance.hostName,
    privateIp: instance.intranetIp,
    publicIp: instance.internetIp,
    osName: instance.osVersion,
    zoneId: '',
    instanceType: '',
    tags: instance.tags,
  };
}
