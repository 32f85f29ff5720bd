import 'server-only';

import type { LaunchExtras } from './types-assistant';

/**
 * Our own shapes for what the ECS API returns and takes. Everything is plain data (strings,
 * numbers, booleans, arrays) so it crosses the server-action boundary as is. Times are the
 * API's own UTC strings, or null when the API left them out.
 */

export type OsType = 'linux' | 'windows';
export type CommandType = 'RunShellScript' | 'RunBatScript' | 'RunPowerShellScript';
export type RepeatMode = 'Once' | 'Period' | 'NextRebootOnly' | 'EveryReboot';
export type InstanceStatus = 'Pending' | 'Running' | 'Starting' | 'Stopping' | 'Stopped';

export interface EcsTag {
  key: string;
  value: string;
}

/** One page of a NextToken-paged list. `nextToken` is null on the last page. */
export interface EcsPage<T> {
  items: T[];
  nextToken: string | null;
  /** Not meaningful with NextToken paging on the live API; null when absent. */
  totalCount: number | null;
  requestId: string;
}

export interface EcsRegion {
  regionId: string;
  localName: string;
  /** e.g. ecs.cn-qingdao.aliyuncs.com */
  endpoint: string;
  /** available | soldOut */
  status: string;
}

export interface EcsInstance {
  instanceId: string;
  name: string;
  description: string;
  hostName: string;
  /** Pending, Running, Starting, Stopping or Stopped. */
  status: string;
  /** DescribeInstances reports it lowercase; anything but "windows" is a Linux-like system. */
  osType: OsType;
  osName: string;
  osNameEn: string;
  networkType: 'vpc' | 'classic';
  regionId: string;
  zoneId: string;
  vpcId: string;
  vSwitchId: string;
  privateIpAddresses: string[];
  publicIpAddresses: string[];
  eipAddress: string | null;
  instanceType: string;
  cpu: number;
  /** MiB */
  memory: number;
  imageId: string;
  creationTime: string | null;
  resourceGroupId: string;
  securityGroupIds: string[];
  tags: EcsTag[];
}

/** DescribeCloudAssistantStatus, one instance. */
export interface EcsAgentStatus {
  instanceId: string;
  /** CloudAssistantStatus === "true": a heartbeat in the last two minutes. */
  online: boolean;
  /** Empty when the agent is not installed. */
  version: string;
  /** Lowercased from the capitalised Windows/Linux/FreeBSD this API reports. */
  osType: 'linux' | 'windows' | 'freebsd' | 'unknown';
  supportSessionManager: boolean;
  lastHeartbeatTime: string | null;
  lastInvokedTime: string | null;
  activeTaskCount: number;
  invocationCount: number;
}

/** An instance merged with its agent status: what the instance picker lists. */
export interface EcsInstanceWithAgent extends EcsInstance {
  agentOnline: boolean;
  agentVersion: string;
  /** Null when DescribeCloudAssistantStatus did not report the instance. */
  agent: EcsAgentStatus | null;
}

export interface EcsParameterDefinition {
  name: string;
  description: string;
  defaultValue?: string;
  required: boolean;
  patternRegex?: string;
  possibleValues: string[];
}

export interface EcsCommand {
  commandId: string;
  name: string;
  description: string;
  type: CommandType;
  /** Decoded from the API's Base64: the script as written. */
  content: string;
  workingDir: string;
  /** Seconds. */
  timeout: number;
  enableParameter: boolean;
  parameterNames: string[];
  parameterDefinitions: EcsParameterDefinition[];
  launcher: string;
  /** Null for your own commands; e.g. AlibabaCloud for public ones. */
  provider: string | null;
  /** Public commands: their category (e.g. Diagnose), version and whether it is the newest; empty, 1, true for your own. */
  category: string;
  version: number;
  latest: boolean;
  invokeTimes: number;
  creationTime: string | null;
  resourceGroupId: string;
  tags: EcsTag[];
}

export interface EcsInvocationInstance {
  instanceId: string;
  /** Pending, Invalid, Aborted, Running, Success, Failed, Error, Timeout, Cancelled, Stopping, Terminated, Scheduled. */
  invocationStatus: string;
  /** Legacy per-instance status. */
  instanceInvokeStatus: string;
  repeats: number;
  exitCode: number | null;
  /** Empty when the run had no error. */
  errorCode: string;
  errorInfo: string;
  /** Decoded text; null unless the call asked for output. */
  output: string | null;
  /** Bytes of output the API discarded beyond its 24 KB limit. */
  dropped: number;
  creationTime: string | null;
  startTime: string | null;
  stopTime: string | null;
  finishTime: string | null;
  updateTime: string | null;
  timed: boolean;
}

export interface EcsInvocation {
  invokeId: string;
  commandId: string;
  commandName: string;
  commandType: string;
  commandDescription: string;
  /** Decoded from Base64. */
  commandContent: string;
  /** As passed at launch. Values may be secret: mask them before showing or storing. */
  parameters: Record<string, string>;
  repeatMode: string;
  timed: boolean;
  frequency: string;
  timeout: number;
  username: string;
  workingDir: string;
  creationTime: string | null;
  /** The aggregate status Alibaba recommends reading. */
  invocationStatus: string;
  /** Legacy aggregate status. */
  invokeStatus: string;
  terminationMode: string;
  launcher: string;
  containerId: string;
  containerName: string;
  tags: EcsTag[];
  instances: EcsInvocationInstance[];
}

/** DescribeInvocationResults, one instance-run (one per scheduled run with history). */
export interface EcsInvocationResult {
  invokeId: string;
  instanceId: string;
  commandId: string;
  invocationStatus: string;
  /** Running, Finished, Failed, PartialFailed, Stopped, Stopping. */
  invokeRecordStatus: string;
  exitCode: number | null;
  /** Decoded text. */
  output: string;
  dropped: number;
  errorCode: string;
  errorInfo: string;
  repeats: number;
  startTime: string | null;
  finishedTime: string | null;
  stopTime: string | null;
  username: string;
  containerId: string;
  containerName: string;
  launcher: string;
  terminationMode: string;
  tags: EcsTag[];
}

// ---- Inputs -------------------------------------------------------------------------------

export interface DescribeInstancesInput {
  nextToken?: string | null;
  /** 10–100; the API reads less than 10 as 10. Default 100. */
  maxResults?: number;
  /** At most 100. */
  instanceIds?: readonly string[];
  status?: InstanceStatus;
  /** InstanceName; `*` is a wildcard. */
  name?: string;
  /** At most 20. */
  tags?: readonly EcsTag[];
}

export interface DescribeCommandsInput {
  commandId?: string;
  /** `*` is a wildcard. */
  name?: string;
  type?: CommandType;
  /** Alibaba's public commands instead of the account's: `AlibabaCloud` for all of them. */
  provider?: string;
  /** Public commands only: just the newest version of each. */
  latest?: boolean;
  nextToken?: string | null;
  /** At most 50. Default 50. */
  maxResults?: number;
}

/**
 * One InvokeCommand call, named as the API names its parameters (the request map
 * `lib/invoke` builds fits as is). `InstanceId` is sent as InstanceId.1 … InstanceId.N.
 */
export interface InvokeCommandInput extends LaunchExtras {
  /** When given it must equal the region the call goes to. */
  RegionId?: string;
  /** A command ID, or a public command's name. */
  CommandId: string;
  /** Empty when ResourceTag targets the instances. */
  InstanceId: readonly string[];
  /** DryRun checks every rule and runs nothing (no InvokeId comes back). */
  RepeatMode?: RepeatMode | 'DryRun';
  Timed?: boolean;
  Frequency?: string;
  /** An object, or its JSON text. Values may be secret: they are never logged. */
  Parameters?: Readonly<Record<string, string | number | boolean>> | string;
  Username?: string;
  WindowsPasswordName?: string;
  /** Seconds. */
  Timeout?: number;
  WorkingDir?: string;
  /** Makes the call idempotent; only a call that carries one is retried. ≤64 ASCII characters. */
  ClientToken?: string;
}

export interface DescribeInvocationsInput {
  invokeId?: string;
  repeatMode?: RepeatMode;
  /** Running, Finished, Success, Failed, PartialFailed, Stopped, Stopping, Pending, Scheduled. */
  invokeStatus?: string;
  nextToken?: string | null;
  /** At most 50. Default 50. */
  maxResults?: number;
  /** Needs invokeId or instanceId. */
  includeOutput?: boolean;
  commandId?: string;
  /** Ignored by the API when instanceId is given. */
  commandName?: string;
  commandType?: CommandType;
  /** Every invocation on this ECS or managed instance, whoever made it. */
  instanceId?: string;
  /** True: scheduled or reboot-triggered; false: one-off or over. */
  timed?: boolean;
  resourceGroupId?: string;
  /** Tags on the executions (Tag.N), e.g. the InvokeDeck launch. */
  tags?: readonly EcsTag[];
}

export interface DescribeInvocationResultsInput {
  invokeId: string;
  instanceId?: string;
  /** Every past run of a Period or EveryReboot invocation. */
  includeHistory?: boolean;
  nextToken?: string | null;
  /** At most 50. Default 50. */
  maxResults?: number;
}
