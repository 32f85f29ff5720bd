import 'server-only';

import {
  DescribeCommandsRequest,
  InvokeCommandRequest,
  InvokeCommandRequestResourceTag,
  InvokeCommandRequestTag,
  StopInvocationRequest,
} from '@alicloud/ecs20140526';

import { EcsError, refused } from './errors';
import { mapCommand } from './map-commands';
import { nextTokenOf, totalOf } from './map-common';
import type { Transport } from './transport';
import type { DescribeCommandsInput, EcsCommand, EcsPage, InvokeCommandInput } from './types';

/** Cloud Assistant list calls return at most 50 per page. */
export const CLOUD_ASSISTANT_PAGE_MAX = 50;
/** StopInvocation takes at most 50 instance IDs. */
export const STOP_INSTANCES_MAX = 50;

export const pageSize = (value: number | undefined) =>
  Math.min(Math.max(value ?? CLOUD_ASSISTANT_PAGE_MAX, 1), CLOUD_ASSISTANT_PAGE_MAX);

export async function describeCommands(
  transport: Transport,
  region: string,
  input: DescribeCommandsInput = {},
): Promise<EcsPage<EcsCommand>> {
  const request = new DescribeCommandsRequest({
    regionId: region,
    maxResults: pageSize(input.maxResults),
    ...(input.commandId && { commandId: input.commandId }),
    ...(input.name && { name: input.name }),
    ...(input.type && { type: input.type }),
    ...(input.provider && { provider: input.provider }),
    ...(input.latest !== undefined && { latest: input.latest }),
    ...(input.nextToken && { nextToken: input.nextToken }),
  });
  const body = await transport.call({ action: 'DescribeCommands', region, retry: 'transient' }, (sdk) =>
    sdk.describeCommands(request),
  );
  const items: EcsCommand[] = [];
  for (const raw of body.commands?.command ?? []) {
    const command = mapCommand(raw);
    // A type the form cannot launch is left out of the list rather than mislabelled.
    if (command) items.push(command);
    else transport.warn('ecs command of unknown type left out', { region, commandId: raw.commandId ?? '', type: raw.type ?? '' });
  }
  return { items, nextToken: nextTokenOf(body.nextToken), totalCount: totalOf(body.totalCount), requestId: body.requestId };
}

/**
 * InvokeCommand. Retried on throttling, 5xx and network errors only when the input carries
 * a ClientToken: Alibaba then answers every attempt with the same InvokeId, so nothing runs
 * twice. Without one, a failed attempt is reported and never repeated.
 */
export async function invokeCommand(
  transport: Transport,
  region: string,
  input: InvokeCommandInput,
): Promise<{ invokeId: string; requestId: string }> {
  const context = { action: 'InvokeCommand', region } as const;
  if (input.RegionId !== undefined && input.RegionId !== region) {
    throw refused(context, 'InvalidParameter', `RegionId "${input.RegionId}" differs from the region called (${region}).`);
  }
  const parameters = parametersObject(input.Parameters, context);
  const request = new InvokeCommandRequest({
    regionId: region,
    commandId: input.CommandId,
    ...(input.InstanceId.length > 0 && { instanceId: [...input.InstanceId] }),
    ...(input.ResourceTag && { resourceTag: input.ResourceTag.map((tag) => new InvokeCommandRequestResourceTag(tag)) }),
    ...(input.Tag && { tag: input.Tag.map((tag) => new InvokeCommandRequestTag(tag)) }),
    ...(input.ContainerId !== undefined && { containerId: input.ContainerId }),
    ...(input.ContainerName !== undefined && { containerName: input.ContainerName }),
    ...(input.Launcher !== undefined && { launcher: input.Launcher }),
    ...(input.TerminationMode !== undefined && { terminationMode: input.TerminationMode }),
    ...(input.OssOutputDelivery !== undefined && { ossOutputDelivery: input.OssOutputDelivery }),
    ...(input.ResourceGroupId !== undefined && { resourceGroupId: input.ResourceGroupId }),
    ...(input.RepeatMode !== undefined && { repeatMode: input.RepeatMode }),
    ...(input.Timed !== undefined && { timed: input.Timed }),
    ...(input.Frequency !== undefined && { frequency: input.Frequency }),
    // The SDK JSON-stringifies the map itself (numbers stay numbers).
    ...(parameters && { parameters }),
    ...(input.Username !== undefined && { username: input.Username }),
    ...(input.WindowsPasswordName !== undefined && { windowsPasswordName: input.WindowsPasswordName }),
    ...(input.Timeout !== undefined && { timeout: input.Timeout }),
    ...(input.WorkingDir !== undefined && { workingDir: input.WorkingDir }),
    ...(input.ClientToken && { clientToken: input.ClientToken }),
  });
  const body = await transport.call({ ...context, retry: input.ClientToken ? 'transient' : 'never' }, (sdk) =>
    sdk.invokeCommand(request),
  );
  // A passing DryRun answers only a RequestId.
  if (input.RepeatMode === 'DryRun') return { invokeId: '', requestId: body.requestId };
  if (!body.invokeId) {
    throw new EcsError({ ...context, code: 'InvalidResponse', status: 502, detail: 'The reply had no InvokeId.', retryable: false });
  }
  return { invokeId: body.invokeId, requestId: body.requestId };
}

type ParameterMap = Record<string, string | number | boolean>;

function parametersObject(
  value: InvokeCommandInput['Parameters'],
  context: { action: 'InvokeCommand'; region: string },
): ParameterMap | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return { ...value };
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    parsed = undefined;
  }
  const isMap =
    typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) &&
    Object.values(parsed).every((inner) => ['string', 'number', 'boolean'].includes(typeof inner));
  // Never echo the text: its values may be secret.
  if (!isMap) throw refused(context, 'InvalidParameter', 'Parameters must be a JSON object of names to text values.');
  return parsed as ParameterMap;
}

/** Stops the invocation on the given instances (at most 50), or on all when none are given. */
export async function stopInvocation(
  transport: Transport,
  region: string,
  invokeId: string,
  instanceIds?: readonly string[],
): Promise<{ requestId: string }> {
  const context = { action: 'StopInvocation', region } as const;
  if (instanceIds && instanceIds.length > STOP_INSTANCES_MAX) {
    throw refused(context, 'InstanceIds.ExceedLimit', `StopInvocation takes at most ${STOP_INSTANCES_MAX} instances per call.`);
  }
  const request = new StopInvocationRequest({
    regionId: region,
    invokeId,
    ...(instanceIds && instanceIds.length > 0 && { instanceId: [...instanceIds] }),
  });
  // Stopping twice is harmless: already stopped instances stay stopped.
  const body = await transport.call({ ...context, retry: 'transient' }, (sdk) => sdk.stopInvocation(request));
  return { requestId: body.requestId };
}
