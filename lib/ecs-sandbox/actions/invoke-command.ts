import { applyEffects } from '../simulation/effects';
import { newInvokeId } from '../simulation/ids';
import { agentSupportsScheduleFeatures } from '../simulation/power';
import type { RegionSpec } from '../simulation/regions';
import { needsScheduleFeatures } from '../simulation/schedule-oracle';
import type { Invocation } from '../state/types';
import { requireRegion, type ActionCall, type ActionHandler } from './context';
import { utcDay } from './encode';
import { apiError } from './errors';
import { withClientToken } from './idempotency';
import { validateInvoke, type InvokePlan } from './invoke-validation';

/**
 * InvokeCommand. RepeatMode=DryRun checks everything and creates nothing. An agent too
 * old for the schedule's features does not fail the call: its run fails with
 * ClientNeedUpgrade, as on the live service.
 */
export const invokeCommand: ActionHandler = (call) => {
  const region = requireRegion(call.params, 'cloud-assistant');
  if (call.params.string('RepeatMode') === 'DryRun') {
    validateInvoke(call, region);
    return {};
  }
  return withClientToken(call, 'InvokeCommand', region.regionId, () => {
    const plan = validateInvoke(call, region);
    return { InvokeId: startInvocation(call, region, plan).invokeId };
  });
};

/** Counts the call against the daily quota and records the invocation (InvokeCommand and RunCommand). */
export function startInvocation(call: ActionCall, region: RegionSpec, plan: InvokePlan): Invocation {
  const { params, ctx } = call;
  const now = ctx.clock.now();
  const day = utcDay(now);
  if (ctx.store.quotaUsed(region.regionId, day) >= ctx.limits.dailyInvocations) {
    throw apiError('Invocation.ExceedQuota', `${ctx.limits.dailyInvocations} command runs are allowed per region per UTC day; try again tomorrow.`);
  }
  const scheduled = plan.parsedFrequency !== null && needsScheduleFeatures(plan.parsedFrequency);
  const invocation: Invocation = {
    invokeId: newInvokeId(region),
    regionId: region.regionId,
    commandId: plan.command.commandId,
    commandName: plan.command.name,
    commandType: plan.command.type,
    commandDescription: plan.command.description,
    commandContent: plan.command.content,
    parameters: plan.parameters,
    repeatMode: plan.repeatMode,
    timed: plan.repeatMode !== 'Once',
    frequency: plan.frequency,
    timeout: plan.timeout,
    username: plan.username,
    workingDir: plan.workingDir,
    windowsPasswordName: plan.windowsPasswordName,
    containerId: params.string('ContainerId') ?? '',
    containerName: params.string('ContainerName') ?? '',
    launcher: params.string('Launcher') ?? plan.command.launcher,
    terminationMode: params.string('TerminationMode') ?? 'Process',
    ossOutputDelivery: params.string('OssOutputDelivery') ?? '',
    resourceGroupId: params.string('ResourceGroupId') ?? '',
    tags: params.tags('Tag').map((tag) => ({ key: tag.key, value: tag.value ?? '' })),
    creationTime: now,
    targets: plan.instances.map((instance) => ({
      instanceId: instance.instanceId,
      stoppedAt: null,
      needsUpgrade: scheduled && !agentSupportsScheduleFeatures(instance),
    })),
  };
  ctx.store.addInvocation(invocation);
  ctx.store.addQuota(region.regionId, day);
  applyEffects(ctx.store, invocation);
  return invocation;
}
