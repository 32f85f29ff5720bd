import 'server-only';

import { DescribeInvocationResultsRequest, DescribeInvocationsRequest, DescribeInvocationsRequestTag } from '@alicloud/ecs20140526';

import { nextTokenOf, totalOf } from './map-common';
import { mapInvocation, mapInvocationResult } from './map-invocations';
import { pageSize } from './op-commands';
import type { Transport } from './transport';
import type {
  DescribeInvocationResultsInput,
  DescribeInvocationsInput,
  EcsInvocation,
  EcsInvocationResult,
  EcsPage,
} from './types';

/** One page of invocations, each with its per-instance rows; output decoded when asked for. */
export async function describeInvocations(
  transport: Transport,
  region: string,
  input: DescribeInvocationsInput = {},
): Promise<EcsPage<EcsInvocation>> {
  const request = new DescribeInvocationsRequest({
    regionId: region,
    maxResults: pageSize(input.maxResults),
    ...(input.invokeId && { invokeId: input.invokeId }),
    ...(input.repeatMode && { repeatMode: input.repeatMode }),
    ...(input.invokeStatus && { invokeStatus: input.invokeStatus }),
    ...(input.commandId && { commandId: input.commandId }),
    ...(input.commandName && { commandName: input.commandName }),
    ...(input.commandType && { commandType: input.commandType }),
    ...(input.instanceId && { instanceId: input.instanceId }),
    ...(input.timed !== undefined && { timed: input.timed }),
    ...(input.resourceGroupId && { resourceGroupId: input.resourceGroupId }),
    ...(input.tags && input.tags.length > 0 && { tag: input.tags.map((tag) => new DescribeInvocationsRequestTag(tag)) }),
    ...(input.nextToken && { nextToken: input.nextToken }),
    ...(input.includeOutput !== undefined && { includeOutput: input.includeOutput }),
  });
  const body = await transport.call({ action: 'DescribeInvocations', region, retry: 'transient' }, (sdk) =>
    sdk.describeInvocations(request),
  );
  return {
    items: (body.invocations?.invocation ?? []).map(mapInvocation),
    nextToken: nextTokenOf(body.nextToken),
    totalCount: totalOf(body.totalCount),
    requestId: body.requestId,
  };
}

/** One page of per-instance runs. The paging fields sit inside `Invocation` on this API. */
export async function describeInvocationResults(
  transport: Transport,
  region: string,
  input: DescribeInvocationResultsInput,
): Promise<EcsPage<EcsInvocationResult>> {
  const request = new DescribeInvocationResultsRequest({
    regionId: region,
    invokeId: input.invokeId,
    maxResults: pageSize(input.maxResults),
    ...(input.instanceId && { instanceId: input.instanceId }),
    ...(input.includeHistory !== undefined && { includeHistory: input.includeHistory }),
    ...(input.nextToken && { nextToken: input.nextToken }),
  });
  const body = await transport.call({ action: 'DescribeInvocationResults', region, retry: 'transient' }, (sdk) =>
    sdk.describeInvocationResults(request),
  );
  const invocation = body.invocation;
  return {
    items: (invocation?.invocationResults?.invocationResult ?? []).map(mapInvocationResult),
    nextToken: nextTokenOf(invocation?.nextToken),
    totalCount: totalOf(invocation?.totalCount),
    requestId: body.requestId,
  };
}
