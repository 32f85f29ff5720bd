import type { Instance, Invocation, InvocationTarget } from '../state/types';
import { firstInterruption } from './power';
import type { RunPlan } from './run-plan';
import type { InstanceStatus } from './statuses';

/** One run of a command on one instance, as it stands at a given time. */
export interface RunView {
  ordinal: number;
  status: InstanceStatus;
  triggerAt: number;
  startTime: number | null;
  finishTime: number | null;
  exitCode: number | null;
  errorCode: string;
  errorInfo: string;
  /** Full output text so far; trimmed to the output limit when encoded. */
  output: string;
  updateTime: number;
}

export const ERROR_INFO = {
  ExitCodeNonzero: (code: number) => `The command process exited with a non-zero exit code (${code}).`,
  ExecutionTimeout: (seconds: number) => `The command ran past its timeout of ${seconds} s and was terminated.`,
  ExecutionInterrupted: () => 'The instance was stopped or restarted while the command was running.',
  InstanceNotRunning: () => 'The instance was not running when the command was to be delivered.',
  InstanceReleased: () => 'The instance has been released.',
  ClientNeedUpgrade: (version: string) =>
    `The Cloud Assistant Agent (${version}) is too old for rate(), at(), a year or a time zone in Frequency: upgrade it to Linux 2.2.3.282 / Windows 2.1.3.282 or later.`,
} as const;

function lines(plan: RunPlan, fraction: number): string {
  const all = plan.script.lines;
  const count = Math.max(0, Math.min(all.length, Math.ceil(all.length * fraction)));
  return all.slice(0, count).map((line) => `${line}\n`).join('');
}

/** A run's state at `now`, computed from its plan and the instance's power history. */
export function runViewAt(
  plan: RunPlan,
  invocation: Invocation,
  instance: Instance,
  target: InvocationTarget,
  ordinal: number,
  now: number,
): RunView {
  const base = { ordinal, triggerAt: plan.triggerAt, exitCode: null, errorCode: '', errorInfo: '', output: '' };
  const stoppedAt = target.stoppedAt;
  if (stoppedAt !== null && stoppedAt <= now && stoppedAt < plan.startAt) {
    return { ...base, status: 'Cancelled', startTime: null, finishTime: null, updateTime: stoppedAt };
  }
  const end = Math.min(plan.naturalEndAt, plan.timeoutAt);
  const cut = firstInterruption(instance, plan.triggerAt, Math.min(end, now + 1));
  if (cut && cut.at < plan.startAt) {
    const code = cut.released ? 'InstanceReleased' : 'InstanceNotRunning';
    return { ...base, status: 'Aborted', startTime: null, finishTime: cut.at, errorCode: code, errorInfo: ERROR_INFO[code](), updateTime: cut.at };
  }
  if (now < plan.startAt) return { ...base, status: 'Pending', startTime: null, finishTime: null, updateTime: plan.triggerAt };
  if (plan.startError) {
    const { code, info, status } = plan.startError;
    // A missing account stops the agent before any process exists: no start, no exit code.
    const ran = status === 'Error';
    return { ...base, status, startTime: ran ? plan.startAt : null, finishTime: plan.startAt, exitCode: ran ? -1 : null, errorCode: code, errorInfo: info, updateTime: plan.startAt };
  }
  const span = Math.max(1, plan.naturalEndAt - plan.startAt);
  if (cut) {
    return {
      ...base,
      status: 'Failed',
      startTime: plan.startAt,
      finishTime: cut.at,
      exitCode: -1,
      errorCode: 'ExecutionInterrupted',
      errorInfo: ERROR_INFO.ExecutionInterrupted(),
      output: lines(plan, (cut.at - plan.startAt) / span),
      updateTime: cut.at,
    };
  }
  if (now < end) {
    return { ...base, status: 'Running', startTime: plan.startAt, finishTime: null, output: lines(plan, (now - plan.startAt) / span), updateTime: plan.startAt };
  }
  const finished = { ...base, startTime: plan.startAt, finishTime: end, updateTime: end };
  if (plan.naturalEndAt > plan.timeoutAt) {
    return {
      ...finished,
      status: 'Timeout',
      exitCode: -1,
      errorCode: 'ExecutionTimeout',
      errorInfo: ERROR_INFO.ExecutionTimeout(invocation.timeout),
      output: lines(plan, (plan.timeoutAt - plan.startAt) / span),
    };
  }
  const exitCode = plan.script.exitCode;
  const output = lines(plan, 1);
  if (exitCode !== 0) {
    return { ...finished, status: 'Failed', exitCode, errorCode: 'ExitCodeNonzero', errorInfo: ERROR_INFO.ExitCodeNonzero(exitCode), output };
  }
  return { ...finished, status: 'Success', exitCode: 0, output };
}
