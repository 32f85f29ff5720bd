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

/** A row's place in its read (ECS instances in DescribeInstances' order, then managed ones), as text that sorts like the number. */
export function fleetSortKey(position: number): string {
  return String(position).padStart(7, '0');
}
