import type { CommandType, InvokeCommandInfo, InvokeInstanceInfo, OsType, RepeatMode } from '@/lib/invoke/types';

/**
 * Why an instance cannot take a command. Four are the per-instance ErrorCode values Alibaba
 * reports after the fact (DescribeInvocationResults); NetworkNotVpc is ours.
 */
export type IneligibleCode =
  | 'InstanceNotRunning'
  | 'NetworkNotVpc'
  | 'ClientNotRunning'
  | 'CommandNotApplicable'
  | 'ClientNeedUpgrade';

/** An eligible instance may still carry a warning the operator should read (live mode's classic network). */
export type Eligibility = { eligible: true; warning?: string } | { eligible: false; reason: string; code: IneligibleCode };

/** Live mode's word on the classic network: Alibaba's current pages no longer refuse it outright, so the call decides. */
export const CLASSIC_NETWORK_WARNING = 'Classic network — Cloud Assistant may refuse it (it needs a VPC)';

export interface ScheduleChoice {
  repeatMode: RepeatMode;
  frequency: string;
}

/** Oldest agents that run rate(), at(), a year or a time zone in Frequency (reference §3). */
export const SCHEDULE_AGENT_MINIMUM: Readonly<Record<OsType, string>> = {
  linux: '2.2.3.282',
  windows: '2.1.3.282',
};

const COMMAND_OS: Readonly<Record<CommandType, OsType>> = {
  RunShellScript: 'linux',
  RunBatScript: 'windows',
  RunPowerShellScript: 'windows',
};

const COMMAND_WORDS: Readonly<Record<CommandType, string>> = {
  RunShellScript: 'Linux shell command',
  RunBatScript: 'Windows batch command',
  RunPowerShellScript: 'PowerShell command',
};

export function commandOs(type: CommandType): OsType {
  return COMMAND_OS[type];
}

/**
 * Whether an instance can run the command now. `command` is null before one is chosen, and
 * then the OS is not judged. Only the first failing condition is reported, in the order an
 * operator would fix them. A managed instance (`mi-`) has no ECS status or network: its
 * agent's connection and its OS decide.
 */
export function eligibility(
  instance: InvokeInstanceInfo,
  command: Pick<InvokeCommandInfo, 'type'> | null,
  schedule: ScheduleChoice = { repeatMode: 'Once', frequency: '' },
): Eligibility {
  const managed = instance.kind === 'managed';
  if (!managed && instance.status !== 'Running') {
    return { eligible: false, code: 'InstanceNotRunning', reason: instance.status || 'Not running' };
  }
  const classic = !managed && instance.networkType !== 'vpc';
  if (classic && instance.classicNetwork !== 'warn') {
    return { eligible: false, code: 'NetworkNotVpc', reason: 'Classic network — Cloud Assistant needs a VPC' };
  }
  if (!instance.agentOnline) {
    return { eligible: false, code: 'ClientNotRunning', reason: managed ? 'Agent not connected' : 'Agent offline' };
  }
  if (command && commandOs(command.type) !== instance.osType) {
    const os = instance.osType === 'windows' ? 'Windows' : 'Linux';
    return { eligible: false, code: 'CommandNotApplicable', reason: `${os} instance, ${COMMAND_WORDS[command.type]}` };
  }
  if (needsScheduleAgent(schedule)) {
    const minimum = SCHEDULE_AGENT_MINIMUM[instance.osType];
    if (!instance.agentVersion) {
      return { eligible: false, code: 'ClientNeedUpgrade', reason: `Agent version unknown — schedules need ${minimum}` };
    }
    if (compareVersions(instance.agentVersion, minimum) < 0) {
      return {
        eligible: false,
        code: 'ClientNeedUpgrade',
        reason: `Agent ${instance.agentVersion} too old for schedules (needs ${minimum})`,
      };
    }
  }
  return classic ? { eligible: true, warning: CLASSIC_NETWORK_WARNING } : { eligible: true };
}

/**
 * Period schedules that use rate(), at(), a year or a time zone need a recent agent; a
 * classic six-field cron does not. The agent tells a year or time zone apart by the number
 * of fields (six is classic), so counting them is enough. A Period with no Frequency yet is
 * judged as needing one, since the schedule builder always adds a time zone.
 */
export function needsScheduleAgent({ repeatMode, frequency }: ScheduleChoice): boolean {
  if (repeatMode !== 'Period') return false;
  const text = frequency.trim();
  if (text === '' || /^(rate|at)\s*\(/i.test(text)) return true;
  return text.split(/\s+/).length > 6;
}

/** Compare dotted versions numerically ("2.2.10" > "2.2.9"); a missing part counts as 0. */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(toNumber);
  const right = b.split('.').map(toNumber);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

function toNumber(part: string): number {
  const value = Number.parseInt(part, 10);
  return Number.isNaN(value) ? 0 : value;
}
