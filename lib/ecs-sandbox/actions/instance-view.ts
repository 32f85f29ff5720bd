import { powerStateAt } from '../simulation/power';
import type { Instance } from '../state/types';
import { isoMinute, tagSet } from './encode';

/** An instance as DescribeInstances shows it (`OSType` lowercase here, unlike DescribeCloudAssistantStatus). */
export function instanceView(instance: Instance, now: number): Record<string, unknown> {
  const power = powerStateAt(instance, now);
  const vpc = instance.networkType === 'vpc';
  return {
    InstanceId: instance.instanceId,
    InstanceName: instance.instanceName,
    Description: instance.description,
    HostName: instance.hostName,
    Status: power.status,
    OSType: instance.osType,
    OSName: instance.osName,
    OSNameEn: instance.osNameEn,
    ImageId: instance.imageId,
    InstanceType: instance.instanceType,
    InstanceTypeFamily: instance.instanceType.split('.').slice(0, 2).join('.'),
    Cpu: instance.cpu,
    Memory: instance.memory,
    RegionId: instance.regionId,
    ZoneId: instance.zoneId,
    InstanceNetworkType: instance.networkType,
    VpcAttributes: {
      VpcId: instance.vpcId,
      VSwitchId: instance.vSwitchId,
      NatIpAddress: '',
      PrivateIpAddress: { IpAddress: vpc ? [instance.privateIp] : [] },
    },
    InnerIpAddress: { IpAddress: vpc ? [] : [instance.privateIp] },
    PublicIpAddress: { IpAddress: instance.publicIp ? [instance.publicIp] : [] },
    EipAddress: { IpAddress: '', AllocationId: '', InternetChargeType: '' },
    SecurityGroupIds: { SecurityGroupId: [instance.securityGroupId] },
    Tags: tagSet(instance.tags),
    CreationTime: isoMinute(instance.creationTime),
    StartTime: isoMinute(power.status === 'Running' ? power.since : instance.creationTime),
    ExpiredTime: '2099-12-31T15:59Z',
    InstanceChargeType: 'PostPaid',
    InternetChargeType: 'PayByTraffic',
    InternetMaxBandwidthIn: 100,
    InternetMaxBandwidthOut: instance.publicIp ? 5 : 0,
    IoOptimized: true,
    DeletionProtection: false,
    StoppedMode: power.status === 'Stopped' ? 'KeepCharging' : 'Not-applicable',
    ResourceGroupId: '',
    SerialNumber: `${instance.instanceId.slice(2, 10)}-0000-4000-8000-${instance.instanceId.slice(-12)}`,
    OperationLocks: { LockReason: [] },
  };
}
