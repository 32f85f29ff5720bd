import 'server-only';

import {
  DescribeAccountAttributesRequest,
  DescribeManagedInstancesRequest,
  DescribeManagedInstancesRequestTag,
  type DescribeManagedInstancesResponseBodyInstances as SdkManagedInstance,
} from '@alicloud/ecs20140526';

import { count, mapTags, nextTokenOf, text, timeOrNull, totalOf } from './map-common';
import { pageSize } from './op-commands';
import type { Transport } from './transport';
import type { EcsPage } from './types';
import type { DescribeManagedInstancesInput, EcsManagedInstance } from './types-assistant';

/** DescribeManagedInstances: servers outside ECS registered with Cloud Assistant (`mi-…`). */
export async function describeManagedInstances(
  transport: Transport,
  region: string,
  input: DescribeManagedInstancesInput = {},
): Promise<EcsPage<EcsManagedInstance>> {
  const request = new DescribeManagedInstancesRequest({
    regionId: region,
    maxResults: pageSize(input.maxResults),
    ...(input.instanceIds && input.instanceIds.length > 0 && { instanceId: [...input.instanceIds] }),
    ...(input.name && { instanceName: input.name }),
    ...(input.osType && { osType: input.osType }),
    ...(input.connected !== undefined && { connected: String(input.connected) }),
    ...(input.instanceIp && { instanceIp: input.instanceIp }),
    ...(input.tags && input.tags.length > 0 && { tag: input.tags.map((tag) => new DescribeManagedInstancesRequestTag(tag)) }),
    ...(input.nextToken && { nextToken: input.nextToken }),
  });
  const body = await transport.call({ action: 'DescribeManagedInstances', region, retry: 'transient' }, (sdk) => sdk.describeManagedInstances(request));
  return {
    items: (body.instances ?? []).map(mapManagedInstance),
    nextToken: nextTokenOf(body.nextToken),
    totalCount: totalOf(body.totalCount),
    requestId: body.requestId,
  };
}

export function mapManagedInstance(raw: SdkManagedInstance): EcsManagedInstance {
  const os = text(raw.osType).toLowerCase();
  return {
    instanceId: text(raw.instanceId),
    name: text(raw.instanceName),
    hostName: text(raw.hostname),
    osType: os === 'linux' || os === 'windows' ? os : 'unknown',
    osVersion: text(raw.osVersion),
    agentVersion: text(raw.agentVersion),
    connected: raw.connected === true,
    intranetIp: text(raw.intranetIp),
    internetIp: text(raw.internetIp),
    activationId: text(raw.activationId),
    machineId: text(raw.machineId),
    registrationTime: timeOrNull(raw.registrationTime),
    lastInvokedTime: timeOrNull(raw.lastInvokedTime),
    invocationCount: count(raw.invocationCount),
    resourceGroupId: text(raw.resourceGroupId),
    tags: mapTags(raw.tags),
  };
}

/**
 * The account's daily Cloud Assistant runs per region, from DescribeAccountAttributes
 * (`max-axt-invocation-daily`); null when the answer has no number (then the app counts).
 */
export async function describeDailyInvocationQuota(transport: Transport, region: string): Promise<{ quota: number | null; requestId: string }> {
  const request = new DescribeAccountAttributesRequest({ regionId: region, attributeName: ['max-axt-invocation-daily'] });
  const body = await transport.call({ action: 'DescribeAccountAttributes', region, retry: 'transient' }, (sdk) => sdk.describeAccountAttributes(request));
  const item = body.accountAttributeItems?.accountAttributeItem?.find((candidate) => candidate.attributeName === 'max-axt-invocation-daily');
  const value = Number(item?.attributeValues?.valueItem?.[0]?.value ?? '');
  return { quota: Number.isInteger(value) && value > 0 ? value : null, requestId: body.requestId };
}
