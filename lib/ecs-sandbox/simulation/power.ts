import type { Instance, PowerOp } from '../state/types';
import { compareVersions, SCHEDULE_FEATURE_MIN_VERSION } from './catalog';

/** How long each power transition takes; a boot is when the instance is Running again. */
export const POWER_TIMING = {
  stopMs: 3_000,
  startMs: 4_000,
  /** Reboot: Stopping for 2 s, then Starting for 3 s. */
  rebootStopMs: 2_000,
  rebootBootMs: 5_000,
} as const;

export type PowerStatus = 'Running' | 'Starting' | 'Stopping' | 'Stopped';

export interface PowerState {
  status: PowerStatus;
  /** When the instance entered its current status (seed status: its creation time). */
  since: number;
}

/** The instance's status at `time`, from its seeded status and the power calls after it. */
export function powerStateAt(instance: Instance, time: number): PowerState {
  let state: PowerState = { status: instance.initialStatus, since: instance.creationTime };
  for (const op of instance.runtime.powerOps) {
    if (op.at > time) break;
    state = stateAfter(op, time);
  }
  return state;
}

function stateAfter(op: PowerOp, time: number): PowerState {
  const elapsed = time - op.at;
  if (op.kind === 'stop') {
    return elapsed < POWER_TIMING.stopMs ? { status: 'Stopping', since: op.at } : { status: 'Stopped', since: op.at + POWER_TIMING.stopMs };
  }
  if (op.kind === 'start') {
    return elapsed < POWER_TIMING.startMs ? { status: 'Starting', since: op.at } : { status: 'Running', since: op.at + POWER_TIMING.startMs };
  }
  if (elapsed < POWER_TIMING.rebootStopMs) return { status: 'Stopping', since: op.at };
  if (elapsed < POWER_TIMING.rebootBootMs) return { status: 'Starting', since: op.at + POWER_TIMING.rebootStopMs };
  return { status: 'Running', since: op.at + POWER_TIMING.rebootBootMs };
}

/** Boot times (start or reboot completed) in (after, until]. */
export function bootTimes(instance: Instance, after: number, until: number): number[] {
  const boots: number[] = [];
  for (const op of instance.runtime.powerOps) {
    if (op.kind === 'stop') continue;
    const boot = op.at + (op.kind === 'start' ? POWER_TIMING.startMs : POWER_TIMING.rebootBootMs);
    if (boot > after && boot <= until) boots.push(boot);
  }
  return boots;
}

/** The first stop, reboot or release in [from, to): what interrupts a run. */
export function firstInterruption(instance: Instance, from: number, to: number): { at: number; released: boolean } | null {
  const released = instance.runtime.releasedAt;
  let first: { at: number; released: boolean } | null =
    released !== null && released >= from && released < to ? { at: released, released: true } : null;
  for (const op of instance.runtime.powerOps) {
    if (op.kind === 'start' || op.at < from || op.at >= to) continue;
    if (!first || op.at < first.at) first = { at: op.at, released: false };
    break;
  }
  return first;
}

export function isReleased(instance: Instance, time: number): boolean {
  return instance.runtime.releasedAt !== null && instance.runtime.releasedAt <= time;
}

/** The agent answers when it is installed, enabled and the instance is Running. */
export function agentOnlineAt(instance: Instance, time: number): boolean {
  return (
    instance.runtime.agentVersion !== '' &&
    agentEnabledAt(instance, time) &&
    !isReleased(instance, time) &&
    powerStateAt(instance, time).status === 'Running'
  );
}

/** Whether the agent was switched on at `time` (power state aside). */
export function agentEnabledAt(instance: Instance, time: number): boolean {
  let enabled = instance.agentOnline;
  for (const event of instance.runtime.agentEvents) {
    if (event.at > time) break;
    enabled = event.online;
  }
  return enabled;
}

export function agentSupportsScheduleFeatures(instance: Instance): boolean {
  const version = instance.runtime.agentVersion;
  return version !== '' && compareVersions(version, SCHEDULE_FEATURE_MIN_VERSION[instance.osType]) >= 0;
}

/** The disk is full at `time` unless a clean-up run freed it before then. */
export function diskFullAt(instance: Instance, time: number): boolean {
  const freed = instance.runtime.diskFreedAt;
  return instance.diskFull && (freed === null || time < freed);
}
