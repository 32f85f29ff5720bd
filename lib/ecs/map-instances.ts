import 'server-only';

import type {
  DescribeCloudAssistantStatusResponseBodyInstanceCloudAssistantStatusSetInstanceCloudAssistantStatus as SdkAgentStatus,
  DescribeInstancesResponseBodyInstancesInstance as SdkInstance,
  DescribeRegionsResponseBodyRegionsRegion as SdkRegion,
} from '@alicloud/ecs20140526';

import { count, mapTags, text, timeOrNull } from './map-common';
import type { EcsAgentStatus, EcsInstance, EcsInstanceWithAgent, EcsRegion } from './types';

export function mapRegion(region: SdkRegion): EcsRegion {
  return {
    regionId: text(region.regionId),
    localName: text(region.localName),
    endpoint: text(region.regionEndpoint),
    status: text(region.status),
  };
}

/** DescribeInstances reports OSType lowercase ("linux", "windows"). */
export function mapInstance(instance: SdkInstance): EcsInstance {
  const vpc = instance.vpcAttributes;
  return {
    instanceId: text(instance.instanceId),
    name: text(instance.instanceName),
    description: text(instance.description),
    hostName: text(instance.hostName),
    status: text(instance.status),
    osType: instance.OSType?.toLowerCase() === 'windows' ? 'windows' : 'linux',
    osName: text(instance.OSName),
    osNameEn: text(instance.OSNameEn),
    // Anything but an explicit "vpc" cannot run commands: treat it as classic.
    networkType: instance.instanceNetworkType?.toLowerCase() === 'vpc' ? 'vpc' : 'classic',
    regionId: text(instance.regionId),
    zoneId: text(instance.zoneId),
    vpcId: text(vpc?.vpcId),
    vSwitchId: text(vpc?.vSwitchId),
    privateIpAddresses: [...(vpc?.privateIpAddress?.ipAddress ?? []), ...(instance.innerIpAddress?.ipAddress ?? [])],
    publicIpAddresses: instance.publicIpAddress?.ipAddress ?? [],
    eipAddress: instance.eipAddress?.ipAddress || null,
    instanceType: text(instance.instanceType),
    cpu: count(instance.cpu),
    memory: count(instance.memory),
    imageId: text(instance.imageId),
    creationTime: timeOrNull(instance.creationTime),
    resourceGroupId: text(instance.resourceGroupId),
    securityGroupIds: instance.securityGroupIds?.securityGroupId ?? [],
    tags: mapTags(instance.tags?.tag),
  };
}

const AGENT_OS: Readonly<Record<string, EcsAgentStatus['osType']>> = {
  linux: 'linux',
  windows: 'windows',
  freebsd: 'freebsd',
};

/** DescribeCloudAssistantStatus: the status is the string "true"/"false", OSType capitalised. */
export function mapAgentStatus(status: SdkAgentStatus): EcsAgentStatus {
  return {
    instanceId: text(status.instanceId),
    online: String(status.cloudAssistantStatus).toLowerCase() === 'true',
    version: text(status.cloudAssistantVersion),
    osType: AGENT_OS[text(status.OSType).toLowerCase()] ?? 'unknown',
    supportSessionManager: status.supportSessionManager === true,
    lastHeartbeatTime: timeOrNull(status.lastHeartbeatTime),
    lastInvokedTime: timeOrNull(status.lastInvokedTime),
    activeTaskCount: count(status.activeTaskCount),
    invocationCount: count(status.invocationCount),
  };
}

/** Each instance with its agent's status; one the status call did not report counts as offline. */
export function withAgent(instances: readonly EcsInstance[], statuses: readonly EcsAgentStatus[]): EcsInstanceWithAgent[] {
  const byId = new Map(statuses.map((status) => [status.instanceId, status]));
  return instances.map((instance) => {
    const agent = byId.get(instance.instanceId) ?? null;
    return { ...instance, agentOnline: agent?.online ?? false, agentVersion: agent?.version ?? '', agent };
  });
}
