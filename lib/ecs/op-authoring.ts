import 'server-only';

import {
  CreateCommandRequest,
  CreateCommandRequestTag,
  DeleteCommandRequest,
  ModifyCommandRequest,
  ModifyInvocationAttributeRequest,
  RunCommandRequest,
  RunCommandRequestResourceTag,
  RunCommandRequestTag,
} from '@alicloud/ecs20140526';

import { EcsError, type EcsAction } from './errors';
import type { Transport } from './transport';
import type { CreateCommandInput, ModifyCommandInput, ModifyInvocationInput, RunCommandInput } from './types-assistant';

/**
 * RunCommand. Like InvokeCommand, retried on transient errors only with a ClientToken (then
 * every attempt answers the same IDs). A DryRun answers no IDs: both come back empty.
 */
export async function runCommand(
  transport: Transport,
  region: string,
  input: RunCommandInput,
): Promise<{ commandId: string; invokeId: string; requestId: string }> {
  const request = new RunCommandRequest({
    regionId: region,
    type: input.Type,
    commandContent: input.CommandContent,
    contentEncoding: 'PlainText',
    ...(input.InstanceId.length > 0 && { instanceId: [...input.InstanceId] }),
    ...(input.ResourceTag && { resourceTag: input.ResourceTag.map((tag) => new RunCommandRequestResourceTag(tag)) }),
    ...(input.Tag && { tag: input.Tag.map((tag) => new RunCommandRequestTag(tag)) }),
    ...(input.Name !== undefined && { name: input.Name }),
    ...(input.Description !== undefined && { description: input.Description }),
    ...(input.WorkingDir !== undefined && { workingDir: input.WorkingDir }),
    ...(input.Timeout !== undefined && { timeout: input.Timeout }),
    ...(input.EnableParameter !== undefined && { enableParameter: input.EnableParameter }),
    ...(input.Parameters && { parameters: { ...input.Parameters } }),
    ...(input.RepeatMode !== undefined && { repeatMode: input.RepeatMode }),
    ...(input.Frequency !== undefined && { frequency: input.Frequency }),
    ...(input.Username !== undefined && { username: input.Username }),
    ...(input.WindowsPasswordName !== undefined && { windowsPasswordName: input.WindowsPasswordName }),
    ...(input.KeepCommand !== undefined && { keepCommand: input.KeepCommand }),
    ...(input.ContainerId !== undefined && { containerId: input.ContainerId }),
    ...(input.ContainerName !== undefined && { containerName: input.ContainerName }),
    ...(input.Launcher !== undefined && { launcher: input.Launcher }),
    ...(input.TerminationMode !== undefined && { terminationMode: input.TerminationMode }),
    ...(input.OssOutputDelivery !== undefined && { ossOutputDelivery: input.OssOutputDelivery }),
    ...(input.ResourceGroupId !== undefined && { resourceGroupId: input.ResourceGroupId }),
    ...(input.ClientToken && { clientToken: input.ClientToken }),
  });
  const context = { action: 'RunCommand', region } as const;
  const body = await transport.call({ ...context, retry: input.ClientToken ? 'transient' : 'never' }, (sdk) => sdk.runCommand(request));
  if (input.RepeatMode !== 'DryRun' && (!body.invokeId || !body.commandId)) throw invalidReply(context, 'The reply had no InvokeId or CommandId.');
  return { commandId: body.commandId ?? '', invokeId: body.invokeId ?? '', requestId: body.requestId };
}

/** CreateCommand, content sent as PlainText. Retried only with a ClientToken. */
export async function createCommand(transport: Transport, region: string, input: CreateCommandInput): Promise<{ commandId: string; requestId: string }> {
  const request = new CreateCommandRequest({
    regionId: region,
    name: input.name,
    type: input.type,
    commandContent: input.content,
    contentEncoding: 'PlainText',
    ...(input.description !== undefined && { description: input.description }),
    ...(input.workingDir !== undefined && { workingDir: input.workingDir }),
    ...(input.timeout !== undefined && { timeout: input.timeout }),
    ...(input.enableParameter !== undefined && { enableParameter: input.enableParameter }),
    ...(input.launcher !== undefined && { launcher: input.launcher }),
    ...(input.resourceGroupId !== undefined && { resourceGroupId: input.resourceGroupId }),
    ...(input.tags && { tag: input.tags.map((tag) => new CreateCommandRequestTag(tag)) }),
    ...(input.clientToken && { clientToken: input.clientToken }),
  });
  const context = { action: 'CreateCommand', region } as const;
  const body = await transport.call({ ...context, retry: input.clientToken ? 'transient' : 'never' }, (sdk) => sdk.createCommand(request));
  if (!body.commandId) throw invalidReply(context, 'The reply had no CommandId.');
  return { commandId: body.commandId, requestId: body.requestId };
}

/** ModifyCommand: setting the same values twice is harmless, so transient errors are retried. */
export async function modifyCommand(transport: Transport, region: string, commandId: string, input: ModifyCommandInput): Promise<{ requestId: string }> {
  const request = new ModifyCommandRequest({
    regionId: region,
    commandId,
    ...(input.name !== undefined && { name: input.name }),
    ...(input.description !== undefined && { description: input.description }),
    ...(input.workingDir !== undefined && { workingDir: input.workingDir }),
    ...(input.timeout !== undefined && { timeout: input.timeout }),
    ...(input.launcher !== undefined && { launcher: input.launcher }),
  });
  const body = await transport.call({ action: 'ModifyCommand', region, retry: 'transient' }, (sdk) => sdk.modifyCommand(request));
  return { requestId: body.requestId };
}

/** DeleteCommand. Not retried: a second attempt after a lost reply would answer InvalidCmdId.NotFound. */
export async function deleteCommand(transport: Transport, region: string, commandId: string): Promise<{ requestId: string }> {
  const request = new DeleteCommandRequest({ regionId: region, commandId });
  const body = await transport.call({ action: 'DeleteCommand', region, retry: 'never' }, (sdk) => sdk.deleteCommand(request));
  return { requestId: body.requestId };
}

/** ModifyInvocationAttribute: answers the CommandId the schedule now runs (new when the content changed). */
export async function modifyInvocationAttribute(
  transport: Transport,
  region: string,
  invokeId: string,
  input: ModifyInvocationInput,
): Promise<{ commandId: string; requestId: string }> {
  const request = new ModifyInvocationAttributeRequest({
    regionId: region,
    invokeId,
    ...(input.frequency !== undefined && { frequency: input.frequency }),
    ...(input.content !== undefined && { commandContent: input.content, contentEncoding: 'PlainText' }),
    ...(input.enableParameter !== undefined && { enableParameter: input.enableParameter }),
    ...(input.parameters && { parameters: { ...input.parameters } }),
    ...(input.addInstanceIds && input.addInstanceIds.length > 0 && { instanceId: [...input.addInstanceIds] }),
    ...(input.clientToken && { clientToken: input.clientToken }),
  });
  const body = await transport.call({ action: 'ModifyInvocationAttribute', region, retry: input.clientToken ? 'transient' : 'never' }, (sdk) =>
    sdk.modifyInvocationAttribute(request),
  );
  return { commandId: body.commandId ?? '', requestId: body.requestId };
}

function invalidReply(context: { action: EcsAction; region: string }, detail: string): EcsError {
  return new EcsError({ ...context, code: 'InvalidResponse', status: 502, detail, retryable: false });
}
