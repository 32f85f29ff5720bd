import type { Limits } from '@/lib/invoke/limits';

/**
 * What the launch rules need to know about the world. The form fills these from
 * DescribeCommands, DescribeInstances and DescribeCloudAssistantStatus; the server action
 * fetches them again, from the IDs the draft names, before it validates.
 */

export const REPEAT_MODES = ['Once', 'Period', 'NextRebootOnly', 'EveryReboot'] as const;
export type RepeatMode = (typeof REPEAT_MODES)[number];

export const COMMAND_TYPES = ['RunShellScript', 'RunBatScript', 'RunPowerShellScript'] as const;
export type CommandType = (typeof COMMAND_TYPES)[number];

export type OsType = 'linux' | 'windows';

/** TerminationMode: what a stop or timeout kills. */
export const TERMINATION_MODES = ['Process', 'ProcessTree'] as const;
export type TerminationMode = (typeof TERMINATION_MODES)[number];

export interface ParameterDefinition {
  name: string;
  defaultValue?: string;
  description?: string;
  /** ParameterDefinitions.Required: the command needs a value for it. */
  required?: boolean;
}

/** The command chosen in the form (DescribeCommands with ContentEncoding=PlainText). */
export interface InvokeCommandInfo {
  commandId: string;
  name: string;
  type: CommandType;
  /** Plain text, not Base64. */
  content: string;
  enableParameter: boolean;
  /** As DescribeCommands reports them; the API checks passed keys against this list. */
  parameterNames: readonly string[];
  parameterDefinitions: readonly ParameterDefinition[];
  /** The command's own timeout in seconds; a launch may override it. */
  timeout: number;
  /** Set for Alibaba's public commands (e.g. AlibabaCloud.ECS.GuestOS); absent or null for the account's own. */
  provider?: string | null;
}

/** A command as the launch form's picker lists it: with its description. */
export type PickerCommand = InvokeCommandInfo & { description: string };

/** One candidate instance (DescribeInstances joined with DescribeCloudAssistantStatus). */
export interface InvokeInstanceInfo {
  instanceId: string;
  name: string;
  osType: OsType;
  /** DescribeInstances Status: Running, Stopped, Starting, Stopping, Pending. */
  status: string;
  networkType: 'vpc' | 'classic';
  /** CloudAssistantStatus === "true" (a heartbeat in the last two minutes). */
  agentOnline: boolean;
  /** CloudAssistantVersion; empty when unknown or not installed. */
  agentVersion: string;
  /** A managed instance (`mi-`, a server outside ECS) has no ECS status or network; absent means ECS. */
  kind?: 'ecs' | 'managed';
  /** How the classic network is judged, set by the server from the mode (live: 'warn'); absent means refuse. */
  classicNetwork?: 'refuse' | 'warn';
  /** Its tags, when looked up: approval rules ask whether a launch touches a tagged instance. */
  tags?: readonly { key: string; value: string }[];
}

/** InvokeCommand calls already made today (UTC) in the draft's region, and the daily limit. */
export interface InvokeQuota {
  used: number;
  limit: number;
}

export interface InvokeContext {
  /** The command the draft names, or null when none is selected or it was not found. */
  command: InvokeCommandInfo | null;
  /** Every instance the draft may name; IDs not in here are reported as not found. */
  instances: readonly InvokeInstanceInfo[];
  /**
   * The instances were not looked up (a launch too large to check at once): each batch is
   * checked just before it is sent instead, so only the IDs' shapes and duplicates are judged.
   */
  instancesChecked?: 'now' | 'before-each-batch';
  limits: Limits;
  now: Date;
  quota: InvokeQuota;
}

/** Just the facts the launch rules read, from anything that carries them (a picker row, an ECS instance). */
export function instanceInfoOf(source: InvokeInstanceInfo): InvokeInstanceInfo {
  const { instanceId, name, osType, status, networkType, agentOnline, agentVersion, kind, classicNetwork, tags } = source;
  return { instanceId, name, osType, status, networkType, agentOnline, agentVersion, ...(kind && { kind }), ...(classicNetwork && { classicNetwork }), ...(tags && { tags }) };
}
