import 'server-only';

import { type EcsInstanceWithAgent, type EcsManagedInstance } from '@/lib/ecs';
import { type ClassicNetworkRule, managedInstanceInfo } from '@/lib/launches/instance-lookup';

import { type FleetInstance } from './types';

/** The one mapping from ECS's instances to the fleet's (and so the picker's) rows. */
export function toFleetInstance(instance: EcsInstanceWithAgent, rule: ClassicNetworkRule): FleetInstance {
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
export function toFleetManaged(instance: EcsManagedInstance): FleetInstance {
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

/** ECS instances before managed ones, each by ID: an order that stays put from one read to the next. */
export function fleetSortKey(instance: Pick<FleetInstance, 'instanceId' | 'kind'>): string {
  return `${instance.kind === 'managed' ? '1' : '0'}:${instance.instanceId}`;
}
