import 'server-only';

import { type EcsClient, INSTANCES_PAGE_MAX } from '@/lib/ecs';

import { groupOutputs, type InstanceIdentity, type OutputGroupsResult } from './output-groups';

/**
 * Output text one request may hold at once. A 10,000-instance launch could return 240 MB
 * (24 KB each); past this, the InvokeIds not yet read are left out and the answer says so.
 */
export const OUTPUT_BUDGET_BYTES = 16 * 1024 * 1024;

/**
 * Every instance's latest output over one or more InvokeIds of a region (the batches of a
 * launch), grouped by what it says. One DescribeInvocations with output per InvokeId and one
 * DescribeInstances per 100 instances: "117 instances returned this" costs a handful of
 * reads, not 120.
 */
export async function readOutputGroups(ecs: EcsClient, region: string, invokeIds: readonly string[], budgetBytes = OUTPUT_BUDGET_BYTES): Promise<OutputGroupsResult> {
  const outputs: { instanceId: string; output: string; dropped: number; status: string }[] = [];
  let bytes = 0;
  let invocationsRead = 0;
  for (const invokeId of invokeIds) {
    if (bytes > budgetBytes) break;
    const invocation = (await ecs.describeInvocations(region, { invokeId, includeOutput: true, maxResults: 1 })).items[0];
    invocationsRead += 1;
    for (const instance of invocation?.instances ?? []) {
      const output = instance.output ?? '';
      bytes += output.length * 2;
      outputs.push({ instanceId: instance.instanceId, output, dropped: instance.dropped, status: instance.invocationStatus });
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
  const partial = invocationsRead < invokeIds.length ? { instancesRead: outputs.length, invocationsRead, invocationsTotal: invokeIds.length } : null;
  return { groups: groupOutputs(outputs, identities), partial };
}
