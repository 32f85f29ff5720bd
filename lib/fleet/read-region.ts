import 'server-only';

import { CLOUD_ASSISTANT_PAGE_MAX, type EcsClient, INSTANCES_PAGE_MAX, withEcsPriority } from '@/lib/ecs';
import { type ClassicNetworkRule } from '@/lib/launches/instance-lookup';

import { toFleetInstance, toFleetManaged } from './map';
import { type FleetInstance } from './types';

/**
 * Every instance of a region, as the picker shows it: DescribeInstances page by page with
 * each page's Cloud Assistant status, then DescribeManagedInstances. One page at a time, as
 * background traffic, so the API budget serves launches first. `onPage` runs between pages
 * (the refresher renews its lease there).
 */
export function readRegionFleet(ecs: EcsClient, region: string, rule: ClassicNetworkRule, onPage: () => Promise<void> = async () => {}): Promise<FleetInstance[]> {
  return withEcsPriority('background', async () => {
    const instances: FleetInstance[] = [];
    let nextToken: string | null = null;
    do {
      const page = await ecs.listInstancesWithAgentPage(region, nextToken, { maxResults: INSTANCES_PAGE_MAX });
      instances.push(...page.items.map((instance) => toFleetInstance(instance, rule)));
      nextToken = page.nextToken;
      await onPage();
    } while (nextToken);
    let managedToken: string | null = null;
    do {
      const page = await ecs.describeManagedInstances(region, { maxResults: CLOUD_ASSISTANT_PAGE_MAX, nextToken: managedToken });
      instances.push(...page.items.map(toFleetManaged));
      managedToken = page.nextToken;
      await onPage();
    } while (managedToken);
    return instances;
  });
}
