import { parseFrequency } from '@/lib/schedule';
import { substituteParameters } from '@/lib/invoke/parameters';
import { base64EncodedLength } from '@/lib/invoke/text-length';
import { compareVersions } from '../simulation/catalog';
import { newCommandId } from '../simulation/ids';
import { agentSupportsScheduleFeatures } from '../simulation/power';
import { needsScheduleFeatures } from '../simulation/schedule-oracle';
import { aggregateStatus } from '../simulation/statuses';
import { targetViewAt } from '../simulation/timeline';
import type { Command, Invocation } from '../state/types';
import { ApiError } from '../wire/api-error';
import { requireRegion, type ActionCall, type ActionHandler } from './context';
import { decodeBase64 } from './command-fields';
import { apiError } from './errors';
import { withClientToken } from './idempotency';
import { checkTargets } from './invoke-targets';
import { parseParameters } from './invoke-validation';

const MODIFIABLE_MODES = new Set(['Period', 'NextRebootOnly', 'EveryReboot']);
const MODIFIABLE_STATUSES = new Set(['Pending', 'Running', 'Scheduled', 'Stopping']);
/** Agents must be newer than these to take a changed content, parameters or frequency (the docs' rule). */
const MODIFY_MIN_VERSION = { linux: '2.2.3.541', windows: '2.1.3.541' } as const;

const refuse = (code: string, message: string) => new ApiError(code, 403, message);

/**
 * ModifyInvocationAttribute: change a schedule in place (content, parameters, frequency) or
 * add instances to it. Earlier runs keep what they ran; later ones use the new version.
 */
export const modifyInvocationAttribute: ActionHandler = (call) => {
  const { params, ctx } = call;
  const region = requireRegion(params, 'cloud-assistant');
  return withClientToken(call, 'ModifyInvocationAttribute', region.regionId, () => {
    const invokeId = params.required('InvokeId');
    const invocation = ctx.store.invocations.get(invokeId);
    if (!invocation || invocation.regionId !== region.regionId) throw apiError('InvalidInvokeId.NotFound', `No invocation ${invokeId} in ${region.regionId}.`);
    const now = ctx.clock.now();
    checkModifiable(call, invocation, now);

    const rawContent = params.string('CommandContent');
    const changesContent = rawContent !== undefined && rawContent !== '';
    if (changesContent && ctx.store.publicCommands.has(invocation.commandId)) {
      throw refuse('InvalidOperation.PublicCommandNotModifiable', `${invocation.commandName} is a public command: its content cannot be changed.`);
    }
    const content = changesContent ? (params.string('ContentEncoding')?.toLowerCase() === 'base64' ? decodeBase64(rawContent, 'PlainText') : rawContent) : invocation.commandContent;
    const enableParameter = params.bool('EnableParameter') ?? (Object.keys(invocation.parameters).length > 0 || /\{\{/.test(content));
    const asCommand = commandOf(invocation, content, enableParameter);
    const changesParameters = params.has('Parameters');
    const parameters = changesParameters ? parseParameters(call, asCommand) : invocation.parameters;
    const size = base64EncodedLength(substituteParameters(content, parameters));
    if (size > ctx.limits.contentBase64Bytes) {
      throw apiError('CmdContent.ExceedLimit', `The content with parameters substituted is ${size} bytes in Base64; the limit is ${ctx.limits.contentBase64Bytes}.`);
    }

    const frequency = (params.string('Frequency') ?? '').trim();
    if (frequency && invocation.repeatMode !== 'Period') throw apiError('InvalidParam.Frequency', `${invokeId} runs ${invocation.repeatMode}: only a Period invocation has a Frequency.`);
    const parsed = frequency ? parseFrequency(frequency, { now: new Date(now), timeoutSeconds: invocation.timeout }) : null;
    if (parsed && !parsed.ok) throw apiError('InvalidParam.Frequency', parsed.message);

    const added = [...new Set(params.list('InstanceId'))].filter((id) => !invocation.targets.some((target) => target.instanceId === id));
    if (invocation.targets.length + added.length > ctx.limits.instancesPerCall) {
      throw apiError('InstanceIds.ExceedLimit', `The invocation would have ${invocation.targets.length + added.length} instances; at most ${ctx.limits.instancesPerCall}.`);
    }
    const newcomers = added.length ? checkTargets(call, region, added, asCommand) : [];

    if (changesContent || changesParameters || frequency) {
      checkAgents(call, invocation);
      invocation.revisions = [
        ...(invocation.revisions ?? []),
        { until: now, frequency: invocation.frequency, commandContent: invocation.commandContent, parameters: invocation.parameters },
      ];
      invocation.commandContent = content;
      invocation.parameters = parameters;
      if (frequency) invocation.frequency = frequency;
    }
    if (changesContent) invocation.commandId = replacementCommand(call, invocation, asCommand);
    const effective = parsed ?? parseFrequency(invocation.frequency, { now: new Date(invocation.creationTime) });
    const scheduled = invocation.repeatMode === 'Period' && effective.ok && needsScheduleFeatures(effective.frequency);
    for (const instance of newcomers) {
      invocation.targets.push({ instanceId: instance.instanceId, stoppedAt: null, needsUpgrade: scheduled && !agentSupportsScheduleFeatures(instance), addedAt: now });
    }
    ctx.store.updateInvocation(invocation, newcomers.map((instance) => instance.instanceId));
    return { CommandId: invocation.commandId };
  });
};

/** Only a schedule (Period or a reboot mode) that is still going can change. */
function checkModifiable({ ctx }: ActionCall, invocation: Invocation, now: number): void {
  if (!MODIFIABLE_MODES.has(invocation.repeatMode)) {
    throw refuse('InvalidOperation.InvocationNotModifiable', `${invocation.invokeId} runs ${invocation.repeatMode}; only Period, NextRebootOnly and EveryReboot invocations can change.`);
  }
  const statuses = invocation.targets.flatMap((target) => {
    const instance = ctx.store.instances.get(target.instanceId);
    return instance ? [targetViewAt(invocation, target, instance, now, ctx.oracle).status] : [];
  });
  const status = aggregateStatus(statuses);
  if (!MODIFIABLE_STATUSES.has(status)) {
    throw refuse('InvalidOperation.InvocationNotModifiable', `${invocation.invokeId} is ${status}; it can change only while Pending, Running, Scheduled or Stopping.`);
  }
}

/** Every instance that already takes part needs an agent newer than 2.2.3.541 (Linux) / 2.1.3.541 (Windows). */
function checkAgents({ ctx }: ActionCall, invocation: Invocation): void {
  for (const target of invocation.targets) {
    const instance = ctx.store.instances.get(target.instanceId);
    if (!instance) continue;
    const version = instance.runtime.agentVersion;
    if (version === '' || compareVersions(version, MODIFY_MIN_VERSION[instance.osType]) <= 0) {
      throw refuse('InvalidOperation.CloudAssistantVersionUnsupported', `${instance.instanceId} (${instance.instanceName}) runs Cloud Assistant Agent ${version || 'none'}; update it past ${MODIFY_MIN_VERSION[instance.osType]}.`);
    }
  }
}

/** The invocation's command as the parameter rules read it. */
function commandOf(invocation: Invocation, content: string, enableParameter: boolean): Command {
  return {
    commandId: invocation.commandId, regionId: invocation.regionId, name: invocation.commandName, description: invocation.commandDescription,
    type: invocation.commandType, content, workingDir: invocation.workingDir, timeout: invocation.timeout, enableParameter,
    parameterDefinitions: [], launcher: invocation.launcher, resourceGroupId: invocation.resourceGroupId, tags: [], creationTime: invocation.creationTime,
  };
}

/** New content is a new command; when the old one was saved, the new one is saved too (and counts against the command quota). */
function replacementCommand({ ctx }: ActionCall, invocation: Invocation, command: Command): string {
  const region = ctx.store.regions().find((candidate) => candidate.regionId === invocation.regionId);
  if (!region) return invocation.commandId;
  const saved = ctx.store.commands.get(invocation.commandId);
  const commandId = newCommandId(region);
  if (saved) ctx.store.addCommand({ ...saved, commandId, content: command.content, enableParameter: command.enableParameter, parameterDefinitions: [], creationTime: ctx.clock.now() });
  return commandId;
}
