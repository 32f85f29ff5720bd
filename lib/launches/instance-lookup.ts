import 'server-only';

import { mapWithConcurrency } from '@/lib/concurrency';
import { CLOUD_ASSISTANT_PAGE_MAX, type EcsClient, type EcsInstanceWithAgent, type EcsManagedInstance, INSTANCES_PAGE_MAX } from '@/lib/ecs';
import { isManagedInstanceId } from '@/lib/invoke/ids';
import { type InvokeInstanceInfo } from '@/lib/invoke/types';
import { modeInfo } from '@/lib/mode';

export type ClassicNetworkRule = NonNullable<InvokeInstanceInfo['classicNetwork']>;

/**
 * The seed refuses instances outside a VPC, and the sandbox keeps that rule; Alibaba's
 * current pages no longer state it, so live mode warns and lets the call decide.
 */
export function classicNetworkRule(): ClassicNetworkRule {
  return modeInfo().kind === 'live' ? 'warn' : 'refuse';
}

export function ecsInstanceInfo(instance: EcsInstanceWithAgent, rule: ClassicNetworkRule): InvokeInstanceInfo {
  const { instanceId, name, osType, status, networkType, agentOnline, agentVersion, tags } = instance;
  return { instanceId, name, osType, status, networkType, agentOnline, agentVersion, kind: 'ecs', classicNetwork: rule, tags };
}

/**
 * A server outside ECS: no ECS status or network (eligibility skips both for kind 'managed'),
 * and DescribeManagedInstances' Connected stands for the agent being online.
 */
export function managedInstanceInfo(instance: EcsManagedInstance): InvokeInstanceInfo {
  return {
    instanceId: instance.instanceId,
    name: instance.name,
    // The agent reports only Linux and Windows; an unreported OS is judged as Linux, as DescribeInstances' is.
    osType: instance.osType === 'windows' ? 'windows' : 'linux',
    status: '',
    networkType: 'vpc',
    agentOnline: instance.connected,
    agentVersion: instance.agentVersion,
    kind: 'managed',
    tags: instance.tags,
  };
}

/** ECS lookups one call keeps in flight at once. */
const LOOKUP_CONCURRENCY = 4;

/**
 * The named instances as the launch rules see them, read fresh: ECS instances through
 * DescribeInstances with their agent status (100 a page), managed ones (`mi-`) through
 * DescribeManagedInstances (50 a page). IDs that no longer exist are simply absent.
 */
export async function lookUpInstances(ecs: EcsClient, region: string, instanceIds: readonly string[], rule: ClassicNetworkRule = classicNetworkRule()): Promise<InvokeInstanceInfo[]> {
  const unique = [...new Set(instanceIds)];
  const managedIds = unique.filter(isManagedInstanceId);
  const ecsIds = unique.filter((id) => !isManagedInstanceId(id));
  const lookups = [
    ...pages(ecsIds, INSTANCES_PAGE_MAX).map((ids) => async () => {
      const page = await ecs.listInstancesWithAgentPage(region, null, { instanceIds: ids, maxResults: INSTANCES_PAGE_MAX });
      return page.items.map((instance) => ecsInstanceInfo(instance, rule));
    }),
    ...pages(managedIds, CLOUD_ASSISTANT_PAGE_MAX).map((ids) => async () => {
      const page = await ecs.describeManagedInstances(region, { instanceIds: ids, maxResults: CLOUD_ASSISTANT_PAGE_MAX });
      return page.items.map(managedInstanceInfo);
    }),
  ];
  const results = await mapWithConcurrency(lookups, LOOKUP_CONCURRENCY, (lookup) => lookup());
  return results.flat();
}

function pages(ids: readonly string[], size: number): string[][] {
  const result: string[][] = [];
  for (let start = 0; start < ids.length; start += size) result.push(ids.slice(start, start + size));
  return result;
}
