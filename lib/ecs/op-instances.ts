import 'server-only';

import {
  DescribeCloudAssistantStatusRequest,
  DescribeInstancesRequest,
  DescribeInstancesRequestTag,
  DescribeRegionsRequest,
  RebootInstanceRequest,
} from '@alicloud/ecs20140526';

import { refused } from './errors';
import { chunk, nextTokenOf, totalOf } from './map-common';
import { mapAgentStatus, mapInstance, mapRegion, withAgent } from './map-instances';
import type { Transport } from './transport';
import type { DescribeInstancesInput, EcsAgentStatus, EcsInstance, EcsInstanceWithAgent, EcsPage, EcsRegion } from './types';

/** DescribeInstances takes at most 100 IDs and returns at most 100 per page. */
export const INSTANCES_PAGE_MAX = 100;
/** DescribeCloudAssistantStatus: the ID limit is undocumented; older docs paged by 50. */
export const AGENT_STATUS_BATCH = 50;
const MAX_TAG_FILTERS = 20;

export async function describeRegions(
  transport: Transport,
  options: { region?: string; acceptLanguage?: string } = {},
): Promise<{ regions: EcsRegion[]; requestId: string }> {
  const region = options.region ?? transport.defaultRegion;
  const body = await transport.call({ action: 'DescribeRegions', region, retry: 'transient' }, (sdk) =>
    sdk.describeRegions(new DescribeRegionsRequest({ acceptLanguage: options.acceptLanguage ?? 'en-US' })),
  );
  return { regions: (body.regions?.region ?? []).map(mapRegion), requestId: body.requestId };
}

export async function describeInstancesPage(
  transport: Transport,
  region: string,
  input: DescribeInstancesInput = {},
): Promise<EcsPage<EcsInstance>> {
  const context = { action: 'DescribeInstances', region } as const;
  if (input.instanceIds && input.instanceIds.length > INSTANCES_PAGE_MAX) {
    throw refused(context, 'InvalidParameter', `InstanceIds: at most ${INSTANCES_PAGE_MAX} per call.`);
  }
  if (input.tags && input.tags.length > MAX_TAG_FILTERS) {
    throw refused(context, 'InvalidParameter', `Tag: at most ${MAX_TAG_FILTERS} tag filters.`);
  }
  const request = new DescribeInstancesRequest({
    regionId: region,
    maxResults: Math.min(Math.max(input.maxResults ?? INSTANCES_PAGE_MAX, 1), INSTANCES_PAGE_MAX),
    ...(input.nextToken && { nextToken: input.nextToken }),
    // The API takes the IDs as a JSON array text, not a repeat list.
    ...(input.instanceIds?.length && { instanceIds: JSON.stringify(input.instanceIds) }),
    ...(input.status && { status: input.status }),
    ...(input.name && { instanceName: input.name }),
    ...(input.tags?.length && { tag: input.tags.map((tag) => new DescribeInstancesRequestTag({ key: tag.key, value: tag.value })) }),
  });
  const body = await transport.call({ ...context, retry: 'transient' }, (sdk) => sdk.describeInstances(request));
  return {
    items: (body.instances?.instance ?? []).map(mapInstance),
    nextToken: nextTokenOf(body.nextToken),
    totalCount: totalOf(body.totalCount),
    requestId: body.requestId,
  };
}

/**
 * The agent status of the given instances, asked in batches of 50 (two at a time) and
 * following NextToken within a batch in case the API pages it.
 */
export async function describeCloudAssistantStatus(
  transport: Transport,
  region: string,
  instanceIds: readonly string[],
): Promise<{ items: EcsAgentStatus[]; requestIds: string[] }> {
  const batches = chunk([...new Set(instanceIds)], AGENT_STATUS_BATCH);
  const results: Array<{ items: EcsAgentStatus[]; requestIds: string[] }> = [];
  for (const pair of chunk(batches, 2)) {
    results.push(...(await Promise.all(pair.map((ids) => statusBatch(transport, region, ids)))));
  }
  return { items: results.flatMap((result) => result.items), requestIds: results.flatMap((result) => result.requestIds) };
}

async function statusBatch(transport: Transport, region: string, ids: string[]) {
  const items: EcsAgentStatus[] = [];
  const requestIds: string[] = [];
  let nextToken: string | null = null;
  // Bounded: a batch of N IDs can never need more than N pages.
  for (let page = 0; page < ids.length; page += 1) {
    const request = new DescribeCloudAssistantStatusRequest({
      regionId: region,
      instanceId: ids,
      maxResults: AGENT_STATUS_BATCH,
      ...(nextToken && { nextToken }),
    });
    const body = await transport.call({ action: 'DescribeCloudAssistantStatus', region, retry: 'transient' }, (sdk) =>
      sdk.describeCloudAssistantStatus(request),
    );
    items.push(...(body.instanceCloudAssistantStatusSet?.instanceCloudAssistantStatus ?? []).map(mapAgentStatus));
    requestIds.push(body.requestId);
    nextToken = nextTokenOf(body.nextToken);
    if (!nextToken) break;
  }
  return { items, requestIds };
}

/**
 * One page (up to 100) of instances, each merged with its agent status and version: what the
 * instance picker pages through. Pass the previous page's nextToken; null starts over.
 */
export async function listInstancesWithAgentPage(
  transport: Transport,
  region: string,
  nextToken: string | null,
  filters: Omit<DescribeInstancesInput, 'nextToken'> = {},
): Promise<EcsPage<EcsInstanceWithAgent> & { agentRequestIds: string[] }> {
  const page = await describeInstancesPage(transport, region, { ...filters, nextToken });
  const ids = page.items.map((instance) => instance.instanceId);
  const statuses = ids.length ? await describeCloudAssistantStatus(transport, region, ids) : { items: [], requestIds: [] };
  return { ...page, items: withAgent(page.items, statuses.items), agentRequestIds: statuses.requestIds };
}

/** For demos (NextRebootOnly/EveryReboot). Never retried: a second reboot is not harmless. */
export async function rebootInstance(transport: Transport, region: string, instanceId: string): Promise<{ requestId: string }> {
  const body = await transport.call({ action: 'RebootInstance', region, retry: 'never' }, (sdk) =>
    sdk.rebootInstance(new RebootInstanceRequest({ instanceId })),
  );
  return { requestId: body.requestId };
}
