import * as $Ecs from '@alicloud/ecs20140526';
import type { ecsClient } from './clients';

type Client = ReturnType<typeof ecsClient>;

/** DescribeInvocations for one InvokeId (with output), as the dashboard polls it. */
export async function invocation(client: Client, invokeId: string, regionId = 'cn-shanghai') {
  const response = await client.describeInvocations(new $Ecs.DescribeInvocationsRequest({ regionId, invokeId, includeOutput: true }));
  const found = response.body?.invocations?.invocation?.[0];
  if (!found) throw new Error(`no invocation ${invokeId}`);
  return { ...found, instances: found.invokeInstances?.invokeInstance ?? [] };
}

/**
 * An invocation's custom parameters as DescribeInvocations returns them: the real values,
 * where the request log shows only `******`.
 */
export async function invocationParameters(client: Client, invokeId: string, regionId = 'cn-shanghai'): Promise<Record<string, string>> {
  const found = await invocation(client, invokeId, regionId);
  return JSON.parse(found.parameters ?? '{}') as Record<string, string>;
}

/** How many instances are in each per-instance InvocationStatus. */
export function countStatuses(instances: ReadonlyArray<{ invocationStatus?: string }>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const instance of instances) counts[instance.invocationStatus ?? '?'] = (counts[instance.invocationStatus ?? '?'] ?? 0) + 1;
  return counts;
}

export async function results(client: Client, fields: Partial<$Ecs.DescribeInvocationResultsRequest>) {
  const response = await client.describeInvocationResults(new $Ecs.DescribeInvocationResultsRequest({ regionId: 'cn-shanghai', maxResults: 50, ...fields }));
  return { page: response.body?.invocation, rows: response.body?.invocation?.invocationResults?.invocationResult ?? [] };
}

export function decode(base64: string | undefined): string {
  return Buffer.from(base64 ?? '', 'base64').toString('utf8');
}

/** InvokeCommand straight through the official SDK, as a script outside InvokeDeck would call it; answers the InvokeId. */
export async function invokeDirectly(client: Client, fields: { commandId: string; instanceIds: string[]; regionId?: string }): Promise<string> {
  const response = await client.invokeCommand(new $Ecs.InvokeCommandRequest({ regionId: fields.regionId ?? 'cn-shanghai', commandId: fields.commandId, instanceId: fields.instanceIds }));
  return response.body?.invokeId ?? '';
}

/** TagResources on instances, as an operator would from the console or the CLI. */
export async function tagInstances(client: Client, instanceIds: string[], tags: Record<string, string>, regionId = 'cn-shanghai'): Promise<void> {
  await client.tagResources(
    new $Ecs.TagResourcesRequest({
      regionId,
      resourceType: 'instance',
      resourceId: instanceIds,
      tag: Object.entries(tags).map(([key, value]) => new $Ecs.TagResourcesRequestTag({ key, value })),
    }),
  );
}
