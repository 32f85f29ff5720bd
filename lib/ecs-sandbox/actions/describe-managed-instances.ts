import { agentOnlineAt } from '../simulation/power';
import type { Instance } from '../state/types';
import { platformErrors, requireRegion, type ActionHandler, type SandboxContext } from './context';
import { isoTime } from './encode';
import { paginate } from './paging';
import { wildcardMatcher } from './params';

/**
 * DescribeManagedInstances: servers outside ECS registered with Cloud Assistant (`mi-…`).
 * `Instances` and `Tags` are flat arrays here, unlike the `X.Y[]` nesting of the older operations.
 */
export const describeManagedInstances: ActionHandler = ({ params, ctx }) => {
  const region = requireRegion(params, 'cloud-assistant');
  const now = ctx.clock.now();
  const ids = params.list('InstanceId');
  if (ids.length > 50) throw platformErrors.invalidParameter('InstanceId.N', 'At most 50 managed instance IDs.');
  const osType = params.string('OsType')?.toLowerCase();
  if (osType && osType !== 'linux' && osType !== 'windows') throw platformErrors.invalidParameter('OsType', 'Valid values: windows, linux.');
  const connected = params.string('Connected');
  if (connected && connected !== 'true' && connected !== 'false') throw platformErrors.invalidParameter('Connected', 'Valid values: true, false.');
  const name = params.string('InstanceName');
  const nameMatches = name ? wildcardMatcher(name) : () => true;
  const ip = params.string('InstanceIp');
  const activationId = params.string('ActivationId');
  const machineId = params.string('MachineId');
  const resourceGroupId = params.string('ResourceGroupId');
  const tags = params.tags('Tag');
  const all = ctx.store.regionManagedInstances(region.regionId).filter(
    (instance) =>
      (!ids.length || ids.includes(instance.instanceId)) &&
      (!osType || instance.osType === osType) &&
      (!connected || String(agentOnlineAt(instance, now)) === connected) &&
      nameMatches(instance.instanceName) &&
      (!ip || instance.privateIp === ip || instance.publicIp === ip) &&
      (!activationId || instance.managed?.activationId === activationId) &&
      (!machineId || instance.managed?.machineId === machineId) &&
      // The seeded managed instances are in no resource group, so naming one matches none.
      (resourceGroupId === undefined || resourceGroupId === '') &&
      tags.every((tag) => instance.tags.some((t) => t.key === tag.key && (tag.value === undefined || t.value === tag.value))),
  );
  const page = paginate(all, params, { max: 50, clamp: false });
  return { Instances: page.items.map((instance) => managedView(instance, now, ctx)), ...page.paging };
};

function managedView(instance: Instance, now: number, ctx: SandboxContext): Record<string, unknown> {
  const invocations = ctx.store.invocationsOf(instance.instanceId).filter((invocation) => invocation.creationTime <= now);
  const lastInvoked = invocations.reduce((latest, invocation) => Math.max(latest, invocation.creationTime), 0);
  return {
    InstanceId: instance.instanceId,
    InstanceName: instance.instanceName,
    Hostname: instance.hostName,
    OsType: instance.osType,
    OsVersion: instance.managed?.osVersion ?? '',
    AgentVersion: instance.runtime.agentVersion,
    Connected: agentOnlineAt(instance, now),
    IntranetIp: instance.privateIp,
    InternetIp: instance.publicIp,
    ActivationId: instance.managed?.activationId ?? '',
    MachineId: instance.managed?.machineId ?? '',
    RegistrationTime: isoTime(instance.managed?.registrationTime ?? null),
    LastInvokedTime: isoTime(lastInvoked || null),
    InvocationCount: invocations.length,
    ResourceGroupId: '',
    Tags: instance.tags.map((tag) => ({ TagKey: tag.key, TagValue: tag.value })),
  };
}
