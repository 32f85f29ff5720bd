import 'server-only';

import type {
  DescribeInvocationResultsResponseBodyInvocationInvocationResultsInvocationResult as SdkResult,
  DescribeInvocationsResponseBodyInvocationsInvocation as SdkInvocation,
  DescribeInvocationsResponseBodyInvocationsInvocationInvokeInstancesInvokeInstance as SdkInvokeInstance,
} from '@alicloud/ecs20140526';

import { count, decodeBase64, mapTags, text, timeOrNull } from './map-common';
import type { EcsInvocation, EcsInvocationInstance, EcsInvocationResult } from './types';

const exitCodeOf = (value: number | undefined | null): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** DescribeInvocations' `Parameters` is a JSON text ("{}" when none); numbers become text. */
export function parseParameters(value: string | undefined): Record<string, string> {
  if (!value) return {};
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).map(([key, inner]) => [key, typeof inner === 'string' ? inner : JSON.stringify(inner)]),
    );
  } catch {
    return {};
  }
}

export function mapInvocation(invocation: SdkInvocation): EcsInvocation {
  return {
    invokeId: text(invocation.invokeId),
    commandId: text(invocation.commandId),
    commandName: text(invocation.commandName),
    commandType: text(invocation.commandType),
    commandDescription: text(invocation.commandDescription),
    commandContent: decodeBase64(invocation.commandContent),
    parameters: parseParameters(invocation.parameters),
    repeatMode: text(invocation.repeatMode),
    timed: invocation.timed === true,
    frequency: text(invocation.frequency),
    timeout: count(invocation.timeout),
    username: text(invocation.username),
    workingDir: text(invocation.workingDir),
    creationTime: timeOrNull(invocation.creationTime),
    invocationStatus: text(invocation.invocationStatus),
    invokeStatus: text(invocation.invokeStatus),
    terminationMode: text(invocation.terminationMode),
    launcher: text(invocation.launcher),
    containerId: text(invocation.containerId),
    containerName: text(invocation.containerName),
    tags: mapTags(invocation.tags?.tag),
    instances: (invocation.invokeInstances?.invokeInstance ?? []).map(mapInvokeInstance),
  };
}

function mapInvokeInstance(instance: SdkInvokeInstance): EcsInvocationInstance {
  return {
    instanceId: text(instance.instanceId),
    invocationStatus: text(instance.invocationStatus),
    instanceInvokeStatus: text(instance.instanceInvokeStatus),
    repeats: count(instance.repeats),
    exitCode: exitCodeOf(instance.exitCode),
    errorCode: text(instance.errorCode),
    errorInfo: text(instance.errorInfo),
    // Output is present only when the call asked for it; "" then means the run printed nothing.
    output: instance.output === undefined || instance.output === null ? null : decodeBase64(instance.output),
    dropped: count(instance.dropped),
    creationTime: timeOrNull(instance.creationTime),
    startTime: timeOrNull(instance.startTime),
    stopTime: timeOrNull(instance.stopTime),
    finishTime: timeOrNull(instance.finishTime),
    updateTime: timeOrNull(instance.updateTime),
    timed: instance.timed === true,
  };
}

export function mapInvocationResult(result: SdkResult): EcsInvocationResult {
  return {
    invokeId: text(result.invokeId),
    instanceId: text(result.instanceId),
    commandId: text(result.commandId),
    invocationStatus: text(result.invocationStatus),
    invokeRecordStatus: text(result.invokeRecordStatus),
    exitCode: exitCodeOf(result.exitCode),
    output: decodeBase64(result.output),
    dropped: count(result.dropped),
    errorCode: text(result.errorCode),
    errorInfo: text(result.errorInfo),
    repeats: count(result.repeats),
    startTime: timeOrNull(result.startTime),
    finishedTime: timeOrNull(result.finishedTime),
    stopTime: timeOrNull(result.stopTime),
    username: text(result.username),
    containerId: text(result.containerId),
    containerName: text(result.containerName),
    launcher: text(result.launcher),
    terminationMode: text(result.terminationMode),
    tags: mapTags(result.tags?.tag),
  };
}
