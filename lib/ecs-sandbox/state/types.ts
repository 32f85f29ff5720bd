/** The sandbox's domain objects. Times are epoch milliseconds on the sandbox clock. */

export type OsType = 'linux' | 'windows';
export type NetworkType = 'vpc' | 'classic';
export type CommandType = 'RunShellScript' | 'RunBatScript' | 'RunPowerShellScript';
export type RepeatMode = 'Once' | 'Period' | 'NextRebootOnly' | 'EveryReboot';
export type PowerOpKind = 'start' | 'stop' | 'reboot';

export interface Tag {
  key: string;
  value: string;
}

/** What the seed decides about an instance; regenerated, never persisted. */
export interface InstanceSeed {
  instanceId: string;
  regionId: string;
  zoneId: string;
  instanceName: string;
  hostName: string;
  description: string;
  osType: OsType;
  osName: string;
  osNameEn: string;
  imageId: string;
  instanceType: string;
  cpu: number;
  memory: number;
  networkType: NetworkType;
  vpcId: string;
  vSwitchId: string;
  privateIp: string;
  publicIp: string;
  securityGroupId: string;
  tags: Tag[];
  creationTime: number;
  initialStatus: 'Running' | 'Stopped';
  /** Empty when the Cloud Assistant Agent is not installed. */
  agentVersion: string;
  agentOnline: boolean;
  /** The root volume is full: package installs fail until something frees space. */
  diskFull: boolean;
  /** Accounts the host lacks: a run as one of them fails with AccountNotExists before it starts. */
  missingUsers: string[];
  /** Every run on this host takes this much longer (a starved host, for trying timeouts). */
  slowSeconds: number;
  /** Set for a managed instance (`mi-…`: a server outside ECS registered with Cloud Assistant). */
  managed?: ManagedInfo;
}

export interface ManagedInfo {
  activationId: string;
  machineId: string;
  osVersion: string;
  registrationTime: number;
}

export interface PowerOp {
  kind: PowerOpKind;
  at: number;
}

/** What calls change about an instance; persisted for the instances that changed. */
export interface AgentEvent {
  at: number;
  online: boolean;
}

export interface InstanceRuntime {
  powerOps: PowerOp[];
  releasedAt: number | null;
  /** The agent switched on or off (control endpoint), in time order; before the first, the seed decides. */
  agentEvents: AgentEvent[];
  agentVersion: string;
  /** When a clean-up run frees the full disk, and which invocation does it. */
  diskFreedAt: number | null;
  diskFreedBy: string | null;
  /** Tags as TagResources/UntagResources left them; absent while the seed's stand. */
  tags?: Tag[];
}

export interface Instance extends InstanceSeed {
  runtime: InstanceRuntime;
}

export interface ParameterDefinition {
  name: string;
  description: string;
  defaultValue?: string;
  required: boolean;
}

export interface Command {
  commandId: string;
  regionId: string;
  name: string;
  description: string;
  type: CommandType;
  /** Plain text; encoded on the way out as the caller asks. */
  content: string;
  workingDir: string;
  timeout: number;
  enableParameter: boolean;
  /** Declared by seeded commands (names, descriptions, defaults); created commands have none. */
  parameterDefinitions: ParameterDefinition[];
  launcher: string;
  resourceGroupId: string;
  tags: Tag[];
  creationTime: number;
  /** Public commands only: who publishes it (e.g. `AlibabaCloud`), its category and version. */
  provider?: string;
  category?: string;
  version?: number;
  latest?: boolean;
}

export interface InvocationTarget {
  instanceId: string;
  /** StopInvocation time for this instance; runs not started by then are cancelled. */
  stoppedAt: number | null;
  /** Agent too old for the schedule's features: the run fails with ClientNeedUpgrade. */
  needsUpgrade: boolean;
  /** When ModifyInvocationAttribute added the instance; it runs nothing triggered before. */
  addedAt?: number;
}

/** Frequency, content and parameters in effect before `until` (ModifyInvocationAttribute changed them then). */
export interface InvocationRevision {
  until: number;
  frequency: string;
  commandContent: string;
  parameters: Record<string, string>;
}

export interface Invocation {
  invokeId: string;
  regionId: string;
  commandId: string;
  commandName: string;
  commandType: CommandType;
  commandDescription: string;
  commandContent: string;
  /** Custom parameter values as passed (defaults of seeded definitions filled in). */
  parameters: Record<string, string>;
  repeatMode: RepeatMode;
  timed: boolean;
  frequency: string;
  timeout: number;
  username: string;
  workingDir: string;
  windowsPasswordName: string;
  containerId: string;
  containerName: string;
  launcher: string;
  terminationMode: string;
  ossOutputDelivery: string;
  resourceGroupId: string;
  tags: Tag[];
  creationTime: number;
  targets: InvocationTarget[];
  /** Earlier versions, oldest first; the fields above are the current one. */
  revisions?: InvocationRevision[];
}
