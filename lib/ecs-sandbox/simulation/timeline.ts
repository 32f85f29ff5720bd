import type { Instance, Invocation, InvocationTarget } from '../state/types';
import { agentEnabledAt, agentOnlineAt, bootTimes } from './power';
import { planRun } from './run-plan';
import { ERROR_INFO, runViewAt, type RunView } from './run-state';
import type { ScheduleOracle } from './schedule-oracle';
import type { InstanceStatus } from './statuses';

export interface Trigger {
  at: number;
  ordinal: number;
}

export interface Triggers {
  /** Retained triggers, oldest first. */
  list: Trigger[];
  /** Older runs no longer retained (history is capped), counted in Repeats. */
  earlier: number;
}

/** When this target's runs were triggered up to `now`. */
export function triggersFor(invocation: Invocation, target: InvocationTarget, instance: Instance, now: number, oracle: ScheduleOracle): Triggers {
  if (target.needsUpgrade) return { list: [], earlier: 0 };
  const until = Math.min(now, target.stoppedAt ?? Number.POSITIVE_INFINITY);
  switch (invocation.repeatMode) {
    case 'Once':
      return { list: invocation.creationTime <= now ? [{ at: invocation.creationTime, ordinal: 1 }] : [], earlier: 0 };
    case 'Period': {
      // The agent keeps the schedule: while the instance is down or the agent offline, nothing fires.
      const { times, skipped } = oracle.fireTimes(invocation, until);
      const untouched = instance.runtime.powerOps.length === 0 && instance.runtime.agentEvents.length === 0 && instance.runtime.releasedAt === null;
      const list: Trigger[] = [];
      if (untouched && !agentOnlineAt(instance, invocation.creationTime)) return { list, earlier: 0 };
      // An added instance counts its runs from when it joined; the fire times before are not its own.
      const joined = target.addedAt ?? Number.NEGATIVE_INFINITY;
      const before = times.filter((at) => at < joined).length;
      const offset = target.addedAt === undefined ? skipped : Math.max(0, skipped - before);
      times.forEach((at, i) => {
        if (at < joined) return;
        if (untouched || agentOnlineAt(instance, at)) list.push({ at, ordinal: offset + i - before + 1 });
      });
      return { list, earlier: offset };
    }
    case 'NextRebootOnly':
    case 'EveryReboot': {
      if (instance.runtime.agentVersion === '') return { list: [], earlier: 0 };
      // An instance added by ModifyInvocationAttribute runs only on boots after it joined.
      const boots = bootTimes(instance, target.addedAt ?? invocation.creationTime, until)
        .filter((at) => agentEnabledAt(instance, at))
        .map((at, i) => ({ at, ordinal: i + 1 }));
      return { list: invocation.repeatMode === 'NextRebootOnly' ? boots.slice(0, 1) : boots, earlier: 0 };
    }
  }
}

export function runFor(invocation: Invocation, target: InvocationTarget, instance: Instance, trigger: Trigger, now: number): RunView {
  const plan = planRun(invocation, instance, trigger.at, trigger.ordinal);
  return runViewAt(plan, invocation, instance, target, trigger.ordinal, now);
}

export interface TargetView {
  status: InstanceStatus;
  /** The latest run (or the synthetic failed run of an agent that needs an upgrade). */
  latest: RunView | null;
  repeats: number;
  updateTime: number;
}

/** One instance's state within an invocation at `now` (DescribeInvocations' InvokeInstance). */
export function targetViewAt(invocation: Invocation, target: InvocationTarget, instance: Instance, now: number, oracle: ScheduleOracle): TargetView {
  if (target.needsUpgrade) {
    const latest: RunView = {
      ordinal: 0,
      status: 'Failed',
      triggerAt: invocation.creationTime,
      startTime: null,
      finishTime: invocation.creationTime,
      exitCode: null,
      errorCode: 'ClientNeedUpgrade',
      errorInfo: ERROR_INFO.ClientNeedUpgrade(instance.runtime.agentVersion),
      output: '',
      updateTime: invocation.creationTime,
    };
    return { status: 'Failed', latest, repeats: 0, updateTime: invocation.creationTime };
  }
  const { list: triggers, earlier } = triggersFor(invocation, target, instance, now, oracle);
  const last = triggers[triggers.length - 1];
  const latest = last ? runFor(invocation, target, instance, last, now) : null;
  const started = earlier + triggers.length - (latest && latest.startTime === null ? 1 : 0);
  const repeats = invocation.repeatMode === 'Once' ? Math.min(1, started) : started;
  const stopped = target.stoppedAt !== null && target.stoppedAt <= now;
  const updateTime = Math.max(latest?.updateTime ?? invocation.creationTime, stopped ? (target.stoppedAt ?? 0) : 0);
  if (invocation.repeatMode === 'Once') {
    return { status: latest?.status ?? 'Pending', latest, repeats, updateTime };
  }
  const inFlight = latest && (latest.status === 'Pending' || latest.status === 'Running');
  if (inFlight) return { status: stopped ? 'Stopping' : latest.status, latest, repeats, updateTime };
  if (stopped) return { status: 'Cancelled', latest, repeats, updateTime };
  const over =
    (invocation.repeatMode === 'NextRebootOnly' && latest !== null) ||
    (invocation.repeatMode === 'Period' && !oracle.hasFutureRun(invocation, now));
  // A finished schedule reports its last run; one that never got to run (instance down at every fire time) was not deliverable.
  if (over) return { status: latest ? latest.status : 'Aborted', latest, repeats, updateTime };
  return { status: 'Scheduled', latest, repeats, updateTime };
}
