import { agentOnlineAt, isReleased, powerStateAt } from '../simulation/power';
import { compareVersions, SESSION_MANAGER_MIN_VERSION } from '../simulation/catalog';
import { isActive } from '../simulation/statuses';
import { targetViewAt } from '../simulation/timeline';
import type { Instance } from '../state/types';
import { platformErrors, requireRegion, type ActionHandler, type SandboxContext } from './context';
import { isoTime } from './encode';
import { paginate } from './paging';

/** DescribeCloudAssistantStatus: agent state per instance (`CloudAssistantStatus` is the string "true"/"false"). */
export const describeCloudAssistantStatus: ActionHandler = ({ params, ctx }) => {
  const region = requireRegion(params, 'cloud-assistant');
  const now = ctx.clock.now();
  const ids = params.list('InstanceId');
  if (ids.length > 100) throw platformErrors.invalidParameter('InstanceId.N', 'At most 100 instance IDs.');
  const osType = params.string('OSType')?.toLowerCase();
  if (osType && !['linux', 'windows', 'freebsd'].includes(osType)) {
    throw platformErrors.invalidParameter('OSType', 'Valid values: Windows, Linux, FreeBSD.');
  }
  let instances = ctx.store.regionInstances(region.regionId).filter((instance) => !isReleased(instance, now));
  if (ids.length) {
    const wanted = new Set(ids);
    instances = instances.filter((instance) => wanted.has(instance.instanceId));
  }
  if (osType) instances = instances.filter((instance) => instance.osType === osType);
  // MaxResults does not apply when instances are named: all of them come back.
  const page = ids.length
    ? { items: instances, paging: { TotalCount: instances.length, PageNumber: 1, PageSize: instances.length, NextToken: '' } }
    : paginate(instances, params, { max: 50, clamp: false });
  return {
    InstanceCloudAssistantStatusSet: { InstanceCloudAssistantStatus: page.items.map((instance) => statusView(instance, now, ctx)) },
    ...page.paging,
  };
};

function statusView(instance: Instance, now: number, ctx: SandboxContext): Record<string, unknown> {
  const version = instance.runtime.agentVersion;
  const online = agentOnlineAt(instance, now);
  const power = powerStateAt(instance, now);
  const invocations = ctx.store.invocationsOf(instance.instanceId).filter((invocation) => invocation.creationTime <= now);
  const lastInvoked = invocations.reduce((latest, invocation) => Math.max(latest, invocation.creationTime), 0);
  // Heartbeats arrive about once a minute; an offline agent's last one is when it went away.
  const heartbeat = version === '' ? null : online ? now - (now % 60_000) : Math.min(now, power.since);
  return {
    InstanceId: instance.instanceId,
    CloudAssistantStatus: online ? 'true' : 'false',
    CloudAssistantVersion: version,
    OSType: instance.osType === 'windows' ? 'Windows' : 'Linux',
    SupportSessionManager: version !== '' && compareVersions(version, SESSION_MANAGER_MIN_VERSION[instance.osType]) >= 0,
    LastHeartbeatTime: isoTime(heartbeat),
    LastInvokedTime: isoTime(lastInvoked || null),
    InvocationCount: invocations.length,
    ActiveTaskCount: invocations.filter((invocation) => {
      const target = invocation.targets.find((t) => t.instanceId === instance.instanceId);
      return target !== undefined && isActive(targetViewAt(invocation, target, instance, now, ctx.oracle).status);
    }).length,
  };
}
