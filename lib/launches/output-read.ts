import 'server-only';

import { type EcsClient, INSTANCES_PAGE_MAX } from '@/lib/ecs';

import { groupOutputs, type InstanceIdentity, type OutputGroup } from './output-groups';

/**
 * Every instance's latest output over one or more InvokeIds of a region (the batches of a
 * launch), grouped by what it says. One DescribeInvocations with output per InvokeId and one
 * DescribeInstances per 100 instances: "117 instances returned this" costs a handful of
 * reads, not 120.
 */
export async function readOutputGroups(ecs: EcsClient, region: string, invokeIds: readonly string[]): Promise<OutputGroup[]> {
  const outputs: { instanceId: string; output: string; dropped: number; status: string }[] = [];
  for (const invokeId of invokeIds) {
    const invocation = (await ecs.describeInvocations(region, { invokeId, includeOutput: true, maxResults: 1 })).items[0];
    for (const instance of invocation?.instances ?? []) {
      outputs.push({ instanceId: instance.instanceId, output: instance.output ?? '', dropped: instance.dropped, status: instance.invocationStatus });
    }
  }
  const identities = new Map<string, InstanceIdentity>();
  for (let start = 0; start < outputs.length; start += INSTANCES_PAGE_MAX) {
    const ids = outputs.slice(start, start + INSTANCES_PAGE_MAX).map((entry) => entry.instanceId);
    const page = await ecs.describeInstancesPage(region, { instanceIds: ids, maxResults: INSTANCES_PAGE_MAX });
    for (const item of page.items) {
      identities.set(item.instanceId, { instanceId: item.instanceId, name: item.name, hostName: item.hostName, addresses: [...item.privateIpAddresses, ...item.publicIpAddresses] });
    }
  }
  return groupOutputs(outputs, identities);
}
