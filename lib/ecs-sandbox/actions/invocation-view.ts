import type { RunView } from '../simulation/run-state';
import { legacyInstance, type InstanceStatus } from '../simulation/statuses';
import type { TargetView } from '../simulation/timeline';
import type { Invocation, InvocationTarget } from '../state/types';
import { encodeText, isoTime, tagSet, trimOutput, type ContentEncoding } from './encode';

export interface OutputOptions {
  include: boolean;
  encoding: ContentEncoding;
  limit: number;
}

/** Output (first `limit` bytes, encoded) and `Dropped` (bytes cut). */
export function outputFields(run: RunView | null, options: OutputOptions): { Output?: string; Dropped: number } {
  const { kept, dropped } = trimOutput(run?.output ?? '', options.limit);
  return options.include ? { Output: encodeText(kept, options.encoding), Dropped: dropped } : { Dropped: dropped };
}

/** One InvokeInstance of DescribeInvocations. */
export function invokeInstanceView(invocation: Invocation, target: InvocationTarget, view: TargetView, output: OutputOptions): Record<string, unknown> {
  const run = view.latest;
  return {
    InstanceId: target.instanceId,
    InvocationStatus: view.status,
    InstanceInvokeStatus: legacyInstance(view.status),
    Repeats: view.repeats,
    ExitCode: run?.exitCode ?? 0,
    ErrorCode: run?.errorCode ?? '',
    ErrorInfo: run?.errorInfo ?? '',
    ...outputFields(run, output),
    CreationTime: isoTime(invocation.creationTime),
    StartTime: isoTime(run?.startTime),
    FinishTime: isoTime(run?.finishTime),
    StopTime: isoTime(target.stoppedAt),
    UpdateTime: isoTime(view.updateTime),
    Timed: invocation.timed,
    OssOutputStatus: invocation.ossOutputDelivery ? 'Finished' : '',
    OssOutputUri: '',
    OssOutputErrorCode: '',
    OssOutputErrorInfo: '',
  };
}

/** One InvocationResult of DescribeInvocationResults (a run, or an instance's latest state). */
export function invocationResultView(
  invocation: Invocation,
  target: InvocationTarget,
  status: InstanceStatus,
  run: RunView | null,
  repeats: number,
  output: OutputOptions,
): Record<string, unknown> {
  return {
    InvokeId: invocation.invokeId,
    InstanceId: target.instanceId,
    CommandId: invocation.commandId,
    InvocationStatus: status,
    InvokeRecordStatus: legacyInstance(status),
    ExitCode: run?.exitCode ?? 0,
    ErrorCode: run?.errorCode ?? '',
    ErrorInfo: run?.errorInfo ?? '',
    ...outputFields(run, output),
    Repeats: repeats,
    StartTime: isoTime(run?.startTime),
    FinishedTime: isoTime(run?.finishTime),
    StopTime: isoTime(target.stoppedAt),
    Username: invocation.username,
    ContainerId: invocation.containerId,
    ContainerName: invocation.containerName,
    Launcher: invocation.launcher,
    TerminationMode: invocation.terminationMode,
    OssOutputDelivery: invocation.ossOutputDelivery,
    OssOutputStatus: invocation.ossOutputDelivery ? 'Finished' : '',
    OssOutputUri: '',
    OssOutputErrorCode: '',
    OssOutputErrorInfo: '',
    Tags: tagSet(invocation.tags),
  };
}

/** The invocation-level fields of DescribeInvocations. */
export function invocationFields(invocation: Invocation, encoding: ContentEncoding): Record<string, unknown> {
  return {
    InvokeId: invocation.invokeId,
    CommandId: invocation.commandId,
    CommandName: invocation.commandName,
    CommandType: invocation.commandType,
    CommandDescription: invocation.commandDescription,
    CommandContent: encodeText(invocation.commandContent, encoding),
    Parameters: JSON.stringify(invocation.parameters),
    RepeatMode: invocation.repeatMode,
    Timed: invocation.timed,
    Frequency: invocation.frequency,
    Timeout: invocation.timeout,
    Username: invocation.username,
    WorkingDir: invocation.workingDir,
    ContainerId: invocation.containerId,
    ContainerName: invocation.containerName,
    Launcher: invocation.launcher,
    TerminationMode: invocation.terminationMode,
    OssOutputDelivery: invocation.ossOutputDelivery,
    CreationTime: isoTime(invocation.creationTime),
    Tags: tagSet(invocation.tags),
  };
}
