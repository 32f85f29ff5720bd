import { type PickerInstance } from '@/components/invoke/instance-picker/types';

/** A running, eligible-looking Linux instance; tests override what they are about. */
export function makeInstance(overrides: Partial<PickerInstance> & { instanceId: string }): PickerInstance {
  return {
    name: overrides.instanceId,
    hostName: `host-${overrides.instanceId}`,
    privateIp: '10.0.0.1',
    publicIp: '',
    osType: 'linux',
    osName: 'Alibaba Cloud Linux 3.2104 LTS 64 bit',
    status: 'Running',
    networkType: 'vpc',
    zoneId: 'cn-shanghai-b',
    instanceType: 'ecs.g7.large',
    tags: [],
    agentOnline: true,
    agentVersion: '2.2.3.512',
    ...overrides,
  };
}

export function tags(...pairs: string[]): PickerInstance['tags'] {
  return pairs.map((pair) => {
    const [key = '', value = ''] = pair.split('=');
    return { key, value };
  });
}
