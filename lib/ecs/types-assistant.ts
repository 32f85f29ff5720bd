import 'server-only';

import type { CommandType, EcsTag, OsType, RepeatMode } from './types';

/**
 * Our shapes for the rest of Cloud Assistant: ad-hoc scripts (RunCommand), saving and
 * editing commands, managed instances, changing a schedule in place and the account's quota.
 */

/** Fields every launch takes beyond the command and targets, named as the API names them. */
export interface LaunchExtras {
  /** Target by tag instead of InstanceId (the two are exclusive); resolved by Alibaba at call time. */
  ResourceTag?: readonly EcsTag[];
  /** Tags on the execution itself, e.g. the InvokeDeck launch and operator. */
  Tag?: readonly EcsTag[];
  ContainerId?: string;
  ContainerName?: string;
  Launcher?: string;
  TerminationMode?: 'Process' | 'ProcessTree';
  /** `oss://<bucket>/<prefix>` */
  OssOutputDelivery?: string;
  ResourceGroupId?: string;
}

/** RunCommand: a script run without being saved first (unless KeepCommand). */
export interface RunCommandInput extends LaunchExtras {
  Type: CommandType;
  /** The script as written; sent as PlainText. */
  CommandContent: string;
  /** Empty when ResourceTag targets the instances. */
  InstanceId: readonly string[];
  Name?: string;
  Description?: string;
  WorkingDir?: string;
  /** Seconds; the API's default is 60. */
  Timeout?: number;
  EnableParameter?: boolean;
  /** Values may be secret: they are never logged. */
  Parameters?: Readonly<Record<string, string | number | boolean>>;
  RepeatMode?: RepeatMode | 'DryRun';
  Frequency?: string;
  Username?: string;
  WindowsPasswordName?: string;
  KeepCommand?: boolean;
  ClientToken?: string;
}

export interface CreateCommandInput {
  name: string;
  type: CommandType;
  /** The script as written; sent as PlainText. */
  content: string;
  description?: string;
  workingDir?: string;
  timeout?: number;
  enableParameter?: boolean;
  launcher?: string;
  resourceGroupId?: string;
  tags?: readonly EcsTag[];
  clientToken?: string;
}

/** ModifyCommand changes these in place; a command's content cannot change (save a new command instead). */
export interface ModifyCommandInput {
  name?: string;
  description?: string;
  workingDir?: string;
  timeout?: number;
  launcher?: string;
}

/** ModifyInvocationAttribute: a schedule (Period or a reboot mode) still going, changed in place. */
export interface ModifyInvocationInput {
  /** Period only. A new rate() counts from the invocation's original creation. */
  frequency?: string;
  /** The script as written; sent as PlainText. Not for a public command. */
  content?: string;
  enableParameter?: boolean;
  parameters?: Readonly<Record<string, string | number | boolean>>;
  /** Instances to add (ECS or managed). */
  addInstanceIds?: readonly string[];
  clientToken?: string;
}

/** A server outside ECS registered with Cloud Assistant (`mi-…`). */
export interface EcsManagedInstance {
  instanceId: string;
  name: string;
  hostName: string;
  osType: OsType | 'unknown';
  osVersion: string;
  agentVersion: string;
  /** Connected: the agent is reachable, so commands can run. */
  connected: boolean;
  intranetIp: string;
  internetIp: string;
  activationId: string;
  machineId: string;
  registrationTime: string | null;
  lastInvokedTime: string | null;
  invocationCount: number;
  resourceGroupId: string;
  tags: EcsTag[];
}

export interface DescribeManagedInstancesInput {
  /** At most 50. */
  instanceIds?: readonly string[];
  /** `*` is a wildcard. */
  name?: string;
  osType?: OsType;
  connected?: boolean;
  /** Intranet or internet address. */
  instanceIp?: string;
  tags?: readonly EcsTag[];
  nextToken?: string | null;
  /** At most 50. Default 50. */
  maxResults?: number;
}
