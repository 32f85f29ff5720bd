import { powerStateAt, isReleased } from '../simulation/power';
import type { Instance } from '../state/types';
import { requireRegion, type ActionHandler } from './context';
import { instanceView } from './instance-view';
import { paginate } from './paging';
import { wildcardMatcher, type Params } from './params';

/** DescribeInstances: the instance picker's filters over the region's (non-released) fleet. */
export const describeInstances: ActionHandler = ({ params, ctx }) => {
  const region = requireRegion(params, 'ecs');
  const now = ctx.clock.now();
  const matches = instanceFilter(params, now);
  const all = ctx.store.regionInstances(region.regionId).filter((instance) => !isReleased(instance, now) && matches(instance));
  const page = paginate(all, params, { max: 100, clamp: true });
  return { Instances: { Instance: page.items.map((instance) => instanceView(instance, now)) }, ...page.paging };
};

function instanceFilter(params: Params, now: number): (instance: Instance) => boolean {
  const ids = params.jsonStrings('InstanceIds', 100);
  const idSet = ids ? new Set(ids) : undefined;
  const privateIps = params.jsonStrings('PrivateIpAddresses', 100);
  const publicIps = params.jsonStrings('PublicIpAddresses', 100);
  const name = params.string('InstanceName');
  const nameMatches = name ? wildcardMatcher(name) : undefined;
  const status = params.oneOf('Status', ['Pending', 'Running', 'Starting', 'Stopping', 'Stopped'] as const);
  const network = params.oneOf('InstanceNetworkType', ['vpc', 'classic'] as const);
  const tags = params.tags('Tag');
  const exact: Array<[string, (instance: Instance) => string]> = [
    ['ZoneId', (i) => i.zoneId],
    ['VpcId', (i) => i.vpcId],
    ['VSwitchId', (i) => i.vSwitchId],
    ['SecurityGroupId', (i) => i.securityGroupId],
    ['InstanceType', (i) => i.instanceType],
    ['ImageId', (i) => i.imageId],
  ];
  const exactFilters = exact.flatMap(([param, read]) => {
    const wanted = params.string(param);
    return wanted ? [(instance: Instance) => read(instance) === wanted] : [];
  });
  return (instance) =>
    (!idSet || idSet.has(instance.instanceId)) &&
    (!nameMatches || nameMatches(instance.instanceName)) &&
    (!status || powerStateAt(instance, now).status === status) &&
    (!network || instance.networkType === network) &&
    (!privateIps || privateIps.includes(instance.privateIp)) &&
    (!publicIps || publicIps.includes(instance.publicIp)) &&
    tags.every((tag) => instance.tags.some((t) => t.key === tag.key && (tag.value === undefined || t.value === tag.value))) &&
    exactFilters.every((filter) => filter(instance));
}
