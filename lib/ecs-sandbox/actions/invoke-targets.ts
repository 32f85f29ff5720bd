import { agentOnlineAt, isReleased, powerStateAt } from '../simulation/power';
import type { RegionSpec } from '../simulation/regions';
import type { Command, Instance } from '../state/types';
import { platformErrors, type ActionCall } from './context';
import { apiError } from './errors';

/** InstanceId.N, or the instances ResourceTag.N matches (the two are exclusive); the per-call limit applies to both. */
export function resolveTargets(call: ActionCall, region: RegionSpec): string[] {
  const { params, ctx } = call;
  const ids = [...new Set(params.list('InstanceId'))];
  const resourceTags = params.tags('ResourceTag');
  if (ids.length && resourceTags.length) {
    throw platformErrors.invalidParameter('ResourceTag.N', 'Give either InstanceId.N or ResourceTag.N, not both.');
  }
  let targets = ids;
  if (!ids.length && resourceTags.length) {
    const now = ctx.clock.now();
    targets = ctx.store
      .regionInstances(region.regionId)
      .filter((instance) => !isReleased(instance, now))
      .filter((instance) => resourceTags.every((tag) => instance.tags.some((t) => t.key === tag.key && (tag.value === undefined || tag.value === '' || t.value === tag.value))))
      .map((instance) => instance.instanceId);
  }
  if (!targets.length) throw platformErrors.missingParameter('InstanceId.N');
  if (targets.length > ctx.limits.instancesPerCall) {
    throw apiError('InstanceIds.ExceedLimit', `${targets.length} instances given; at most ${ctx.limits.instancesPerCall} per call.`);
  }
  return targets;
}

const OS_OF_TYPE = { RunShellScript: 'linux', RunBatScript: 'windows', RunPowerShellScript: 'windows' } as const;

/** Every instance must exist, then be eligible: one bad instance fails the whole call. */
export function checkTargets(call: ActionCall, region: RegionSpec, ids: string[], command: Command): Instance[] {
  const { ctx } = call;
  const now = ctx.clock.now();
  const instances = ids.map((id) => {
    const instance = ctx.store.instances.get(id);
    if (!instance || instance.regionId !== region.regionId || isReleased(instance, now)) {
      throw apiError('InvalidInstance.NotFound', `${id} is not an instance or managed instance in ${region.regionId}.`);
    }
    return instance;
  });
  for (const instance of instances) {
    const reason = ineligibility(instance, command, now);
    if (reason) throw apiError('InvalidInstance.NotMatch', `${instance.instanceId} (${instance.instanceName}): ${reason}`);
  }
  return instances;
}

function ineligibility(instance: Instance, command: Command, now: number): string | null {
  const os = OS_OF_TYPE[command.type];
  if (instance.osType !== os) return `a ${command.type} command cannot run on a ${instance.osType === 'windows' ? 'Windows' : 'Linux'} instance.`;
  const status = powerStateAt(instance, now).status;
  if (status !== 'Running') return `the instance is ${status}; it must be Running.`;
  if (!instance.managed && instance.networkType !== 'vpc') return 'the instance is on the classic network; Cloud Assistant needs a VPC.';
  if (instance.runtime.agentVersion === '') return 'the Cloud Assistant Agent is not installed.';
  if (!agentOnlineAt(instance, now)) return 'the Cloud Assistant Agent is offline (DescribeCloudAssistantStatus says "false").';
  return null;
}
