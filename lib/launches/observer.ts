import 'server-only';

import { type Db } from '@/lib/db/client';
import { inTransaction, updateBatch } from '@/lib/db/launch-dispatch';
import { applyInstanceStates, type InstanceState } from '@/lib/db/launch-instances';
import { dueObservations, regionsDueForObservation, scheduleObservation } from '@/lib/db/launch-observe';
import { type BatchRow, bumpLaunch } from '@/lib/db/launches';
import { acquireLease } from '@/lib/db/leases';
import { type EcsClient, EcsError, type EcsInvocation, withEcsPriority } from '@/lib/ecs';

import { settleLaunch } from './settle';
import { type InvocationSnapshot } from './snapshot';
import { isTerminal } from './status';

/** Codes with which Alibaba says it no longer knows an InvokeId. */
const FORGOTTEN = new Set(['InvalidInvokeId.NotFound', 'InvalidInvocation.NotFound']);

/** Alibaba no longer knows the InvokeId (past its 30 days): what we recorded is all there is. */
export function isForgottenInvocation(error: unknown): boolean {
  return error instanceof EcsError && FORGOTTEN.has(error.code);
}

export interface ObserverOptions {
  db: Db;
  ecs: EcsClient;
  owner: string;
  /** DescribeInvocations calls per second per region, whatever the number of replicas and viewers. */
  callsPerSecond?: number;
  leaseMs?: number;
  now?: () => Date;
  log?: (message: string, fields: Record<string, unknown>) => void;
}

export function toSnapshot(invocation: EcsInvocation): InvocationSnapshot {
  return {
    invokeId: invocation.invokeId,
    invocationStatus: invocation.invocationStatus,
    commandName: invocation.commandName,
    repeatMode: invocation.repeatMode,
    frequency: invocation.frequency,
    creationTime: invocation.creationTime,
    instances: invocation.instances.map((instance) => ({
      instanceId: instance.instanceId,
      status: instance.invocationStatus,
      exitCode: instance.exitCode,
      errorCode: instance.errorCode,
      errorInfo: instance.errorInfo,
      repeats: instance.repeats,
      startTime: instance.startTime,
      finishTime: instance.finishTime,
      stopTime: instance.stopTime,
      dropped: instance.dropped,
    })),
  };
}

/** How long until the next look: soon after a change, backing off while nothing moves; a schedule is slow by nature. */
export function nextDelayMs(status: string, changed: boolean, previousMs: number): number {
  const cap = status === 'Scheduled' ? 60_000 : 10_000;
  if (changed) return 2_000;
  return Math.min(cap, Math.max(2_000, Math.round(previousMs * 1.5)));
}

/**
 * Keeps the statuses of active invocations: per region, the replica holding that region's
 * lease asks ECS about each InvokeId when it is due, at most `callsPerSecond`, and stores
 * what changed (with the launch's change number). Pages read those rows; however many tabs
 * or replicas there are, ECS is asked once.
 */
export class Observer {
  private readonly callsPerSecond: number;
  private readonly leaseMs: number;
  private readonly now: () => Date;

  constructor(private readonly options: ObserverOptions) {
    this.callsPerSecond = options.callsPerSecond ?? 5;
    this.leaseMs = options.leaseMs ?? 15_000;
    this.now = options.now ?? (() => new Date());
  }

  /** One pass, meant to run once a second: returns how many InvokeIds were asked about. */
  async tick(): Promise<number> {
    const { db, owner } = this.options;
    let asked = 0;
    for (const region of await regionsDueForObservation(db, this.now())) {
      if (!(await acquireLease(db, `observer:${region}`, owner, this.now(), this.leaseMs))) continue;
      for (const batch of await dueObservations(db, region, this.now(), this.callsPerSecond)) {
        // A background read: it leaves the API budget's reserve to launches.
        await withEcsPriority('background', () => this.observe(batch));
        asked += 1;
      }
    }
    return asked;
  }

  /** Ask ECS about one batch's InvokeId and keep what changed. */
  async observe(batch: BatchRow): Promise<EcsInvocation | null> {
    const { db, ecs } = this.options;
    let invocation: EcsInvocation | null = null;
    try {
      invocation = (await ecs.describeInvocations(batch.region_id, { invokeId: batch.invoke_id ?? '', maxResults: 1 })).items[0] ?? null;
    } catch (error) {
      if (!isForgottenInvocation(error)) {
        this.options.log?.('could not observe an invocation', { invokeId: batch.invoke_id, code: error instanceof EcsError ? error.code : 'unknown' });
        await scheduleObservation(db, batch.id, new Date(this.now().getTime() + 15_000), 15_000);
        return null;
      }
    }
    const status = invocation?.invocationStatus ?? 'Expired';
    const snapshot = invocation ? JSON.stringify(toSnapshot(invocation)) : batch.snapshot;
    const changed = status !== batch.invocation_status || snapshot !== batch.snapshot;
    const done = !invocation || isTerminal(status);
    const delay = nextDelayMs(status, changed, batch.observe_delay_ms);
    const observeAt = done ? null : new Date(this.now().getTime() + delay);
    if (!changed) {
      await scheduleObservation(db, batch.id, observeAt, delay);
      return invocation;
    }
    await inTransaction(db, async (tx) => {
      const now = this.now();
      const seq = await bumpLaunch(tx, batch.launch_id, now);
      if (invocation) await applyInstanceStates(tx, batch.launch_id, batch.batch_index, instanceStates(invocation), seq);
      await updateBatch(tx, batch.id, { invocation_status: status, ...(invocation ? { snapshot, snapshot_at: now.toISOString() } : {}), observe_at: observeAt?.toISOString() ?? null, observe_delay_ms: delay }, seq, now);
      await settleLaunch(tx, batch.launch_id);
    });
    return invocation;
  }
}

function instanceStates(invocation: EcsInvocation): Map<string, InstanceState> {
  return new Map(
    invocation.instances.map((instance) => [
      instance.instanceId,
      {
        status: instance.invocationStatus,
        exit_code: instance.exitCode,
        error_code: instance.errorCode,
        error_info: instance.errorInfo,
        repeats: instance.repeats,
        start_time: instance.startTime,
        finish_time: instance.finishTime,
        stop_time: instance.stopTime,
        dropped: instance.dropped,
      },
    ]),
  );
}
