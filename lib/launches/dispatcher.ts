import 'server-only';

import { writeAudit } from '@/lib/db/audit';
import { type Db } from '@/lib/db/client';
import { countInstancesIn, launchesWithWork, leaseBatches, renewLease, withLaunchLocked } from '@/lib/db/launch-dispatch';
import { type BatchRow, findLaunch, type LaunchRow, listBatches } from '@/lib/db/launches';
import { type EcsClient, EcsError, withEcsPriority } from '@/lib/ecs';
import { type Limits } from '@/lib/invoke/limits';
import { rateControlSchema } from '@/lib/invoke/rate-control-schema';
import { pausePoints } from '@/lib/invoke/rate-control';
import { listPauses } from '@/lib/db/launch-pauses';
import { type CommandType, type RepeatMode } from '@/lib/invoke/types';
import { mapWithConcurrency } from '@/lib/concurrency';
import { withOwnContext } from '@/lib/observability/context';
import { countBatchOutcome } from '@/lib/observability/metrics';

import { type RequestTemplate, requestFor } from './batch-request';
import { recordPause } from './canary';
import { planDispatch } from './dispatch-plan';
import { haltLaunch, recordChecked, recordSendFailure, recordSent } from './dispatch-record';
import { sendRequest } from './send-request';
import { preflightBatch } from './preflight';
import { openSecrets, type SecretKey } from './secret-box';
import { FAILED_STATUSES } from './status';

export interface DispatcherOptions {
  db: Db;
  ecs: EcsClient;
  secretKey: SecretKey;
  limits: Limits;
  /** This process, as leases name it. */
  owner: string;
  /** How long a claimed batch is ours unless renewed (it is, while we send it); past it another dispatcher takes it over. */
  leaseMs?: number;
  /** Batches this process sends at once (its slots). */
  parallel?: number;
  /** Attempts of a batch that fails transiently (throttling, 5xx, network) before it fails for good. */
  maxAttempts?: number;
  now?: () => Date;
  log?: (message: string, fields: Record<string, unknown>) => void;
  /** Called with each StopInvocation a late batch of a stopped launch needs. */
  onStopNeeded?: (launch: LaunchRow, invokeId: string) => Promise<void>;
}

const DEFAULTS = { leaseMs: 30_000, parallel: 8, maxAttempts: 5 };
/** Launches whose batches are claimed at the same time (each in its own transaction). */
const CLAIMS_AT_ONCE = 4;

/**
 * Sends the batches of recorded launches. Every replica runs one; a batch is claimed with a
 * lease under the launch's lock, so no two send it, and a lease left by a crashed replica is
 * taken over when it expires. The resend carries the batch's ClientToken, so if the first
 * call did reach Alibaba, the same InvokeId comes back and no instance runs twice.
 */
export class Dispatcher {
  private readonly options: Required<Omit<DispatcherOptions, 'log' | 'onStopNeeded'>> & Pick<DispatcherOptions, 'log' | 'onStopNeeded'>;

  constructor(options: DispatcherOptions) {
    this.options = { ...DEFAULTS, now: () => new Date(), ...options };
  }

  /**
   * Send until nothing is left to claim: up to `parallel` batches in flight, and each time one
   * finishes its slot is filled again, so a slow batch holds up only its own slot. Batches are
   * claimed only as slots free up: a batch waiting here is not leased, so another replica with
   * room sends it. Returns how many batches were handled.
   */
  async tick(): Promise<number> {
    const { parallel } = this.options;
    const inFlight = new Set<Promise<void>>();
    let handled = 0;
    // A send that throws (the database failed) stops further claims; those in flight finish, then it is thrown.
    let failure: { error: unknown } | null = null;
    for (;;) {
      const claimed = !failure && inFlight.size < parallel ? await this.claimUpTo(parallel - inFlight.size) : [];
      for (const { launch, batch } of claimed) {
        // Its own log context: every ECS call of the send carries the launch (whose creating request logged its launchId).
        const sending: Promise<void> = this.holding(batch, () => withOwnContext({ launchId: launch.id, batch: batch.batch_index + 1 }, () => withEcsPriority('launch', () => this.send(launch, batch))))
          .catch((error: unknown) => {
            failure ??= { error };
          })
          .finally(() => inFlight.delete(sending));
        inFlight.add(sending);
      }
      handled += claimed.length;
      if (inFlight.size === 0) break;
      await Promise.race(inFlight);
    }
    if (failure) throw (failure as { error: unknown }).error;
    return handled;
  }

  /**
   * Claim at most `slots` batches, each launch as its rate control allows, the free slots shared
   * among the launches waiting. Several launches are claimed at once: each claim is a short
   * transaction of a few round trips, and one after another they were what held the dispatcher
   * back when the server was busy (the load bench: 8 claims a second on PostgreSQL).
   */
  private async claimUpTo(slots: number): Promise<{ launch: LaunchRow; batch: BatchRow }[]> {
    const launchIds = (await launchesWithWork(this.options.db, this.options.now(), 20)).slice(0, slots);
    if (launchIds.length === 0) return [];
    const share = Math.max(1, Math.floor(slots / launchIds.length));
    return (await mapWithConcurrency(launchIds, CLAIMS_AT_ONCE, (launchId) => this.claim(launchId, share))).flat();
  }

  private async claim(launchId: string, slots: number): Promise<{ launch: LaunchRow; batch: BatchRow }[]> {
    const { db, owner, leaseMs, limits } = this.options;
    const now = this.options.now();
    const outcome = await withLaunchLocked(db, launchId, async (tx, launch) => {
      // Decided under the lock: an approval withdrawn or refused meanwhile sends nothing.
      if (launch.approval_state !== null && launch.approval_state !== 'approved') return { launch, batches: [] };
      const batches = await listBatches(tx, launchId);
      const rate = launch.rate_control ? rateControlSchema.parse(JSON.parse(launch.rate_control)) : null;
      // A canary's pauses are read only for a launch that has any.
      const pauses = pausePoints(rate, batches.length).length ? await listPauses(tx, launchId) : [];
      const plan = planDispatch({
        now,
        repeatMode: launch.repeat_mode,
        totalInstances: launch.instance_count,
        batchSize: limits.instancesPerCall,
        rate,
        failures: rate?.errorThreshold ? await countInstancesIn(tx, launchId, FAILED_STATUSES) : 0,
        maxClaim: slots,
        pauses: pauses.map((pause) => ({ beforeBatch: pause.before_batch, resumed: pause.resumed_at !== null })),
        batches: batches.map((batch) => ({
          id: batch.id,
          index: batch.batch_index,
          status: batch.status,
          instanceCount: (JSON.parse(batch.instance_ids) as string[]).length,
          held: batch.lease_until !== null && batch.lease_until >= now.toISOString(),
          notBefore: batch.not_before,
          invocationStatus: batch.invocation_status,
        })),
      });
      if (plan.kind === 'halt') {
        const skipped = await haltLaunch(tx, launch, plan.reason, now);
        await writeAudit(tx, { actor: null, action: 'launch.halt', target: launch.id, detail: { reason: plan.reason, batchesNotSent: skipped } }, now);
        return { launch, batches: [] };
      }
      if (plan.kind === 'pause') {
        await recordPause(tx, launch, plan.beforeBatch, now);
        return { launch, batches: [] };
      }
      if (plan.kind === 'wait') return { launch, batches: [] };
      return { launch, batches: await leaseBatches(tx, plan.batchIds, owner, now, new Date(now.getTime() + leaseMs)) };
    });
    return outcome ? outcome.batches.map((batch) => ({ launch: outcome.launch, batch })) : [];
  }

  /** Keep the batch's lease alive while `work` runs, so a slow send (retries, latency) is not taken over. */
  private async holding(batch: BatchRow, work: () => Promise<void>): Promise<void> {
    const { db, owner, leaseMs } = this.options;
    const timer = setInterval(() => {
      void renewLease(db, batch.id, owner, new Date(this.options.now().getTime() + leaseMs)).catch(() => undefined);
    }, Math.max(200, Math.floor(leaseMs / 3)));
    try {
      await work();
    } finally {
      clearInterval(timer);
    }
  }

  /**
   * Check, send and record one claimed batch. What ECS refuses is recorded on the batch; a
   * database failure is not caught: the lease then runs out and a dispatcher sends the batch
   * again under its ClientToken, which Alibaba answers with the same InvokeId.
   */
  private async send(launch: LaunchRow, claimed: BatchRow): Promise<void> {
    const { db, ecs } = this.options;
    let batch = claimed;
    const outcome = await this.attempt(launch, async () => {
      const template = JSON.parse(launch.request_template ?? 'null') as RequestTemplate | null;
      if (!template) throw new EcsError({ code: 'NotSendable', status: 500, detail: 'recorded before the launch engine; resend it', retryable: false, action: 'InvokeCommand', region: launch.region_id });
      return { template, secrets: this.secretsOf(launch, batch, template) };
    });
    if (!outcome.ok) return this.failed(launch, batch, outcome.error);
    // A tag target has no instance list to check: Alibaba resolves the tags when the call is made.
    if (!batch.checked_at && !outcome.value.template.request.ResourceTag) {
      const target = { region: launch.region_id, commandType: launch.command_type as CommandType, repeatMode: launch.repeat_mode as RepeatMode, frequency: launch.frequency ?? '' };
      const checked = await this.attempt(launch, () => preflightBatch(ecs, target, JSON.parse(batch.instance_ids) as string[]));
      if (!checked.ok) return this.failed(launch, batch, checked.error);
      if (!(await recordChecked(db, launch, batch, checked.value, this.options.now()))) return;
      batch = { ...batch, instance_ids: JSON.stringify(checked.value.eligible), checked_at: this.options.now().toISOString() };
    }
    const request = requestFor(outcome.value.template, { instanceIds: JSON.parse(batch.instance_ids) as string[], clientToken: batch.client_token }, outcome.value.secrets);
    const sent = await this.attempt(launch, () => sendRequest(ecs, launch.region_id, request));
    if (!sent.ok) return this.failed(launch, batch, sent.error);
    await recordSent(db, launch, batch, sent.value, this.options.now());
    countBatchOutcome('sent');
    this.options.log?.('batch sent', { launchId: launch.id, batch: batch.batch_index + 1, invokeId: sent.value.invokeId });
    await this.stopIfStopped(launch.id, sent.value.invokeId);
  }

  /** Run an ECS step; its EcsError (the only thing the client throws) becomes a value to record. */
  private async attempt<T>(launch: LaunchRow, step: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: EcsError }> {
    try {
      return { ok: true, value: await step() };
    } catch (error) {
      if (error instanceof EcsError) return { ok: false, error };
      this.options.log?.('batch step failed unexpectedly', { launchId: launch.id, error: error instanceof Error ? error.message : String(error) });
      return { ok: false, error: new EcsError({ code: 'INTERNAL', status: 500, detail: 'the error was logged', retryable: false, action: 'InvokeCommand', region: launch.region_id }) };
    }
  }

  /** A transient error waits and tries again (up to maxAttempts); any other fails the batch, resendable. */
  private async failed(launch: LaunchRow, batch: BatchRow, error: EcsError): Promise<void> {
    const attempts = batch.attempts + 1;
    const now = this.options.now();
    const retryAt = error.retryable && attempts < this.options.maxAttempts ? new Date(now.getTime() + retryDelayMs(attempts)) : null;
    await recordSendFailure(this.options.db, launch, batch, { code: error.code, message: error.message, requestId: error.requestId ?? null }, retryAt, now);
    countBatchOutcome(retryAt ? 'retrying' : 'failed');
  }

  private secretsOf(launch: LaunchRow, batch: BatchRow, template: RequestTemplate): Record<string, string> {
    if (template.secretNames.length === 0) return {};
    if (!batch.secret_box) {
      throw new EcsError({ code: 'SecretsExpired', status: 410, detail: 'the secret values are kept 24 hours at most; resend the batch and type them again', retryable: false, action: 'InvokeCommand', region: launch.region_id });
    }
    try {
      return openSecrets(this.options.secretKey, batch.secret_box, batch.id);
    } catch (error) {
      throw new EcsError({ code: 'SecretsUnreadable', status: 500, detail: error instanceof Error ? error.message : 'the sealed secrets do not open', retryable: false, action: 'InvokeCommand', region: launch.region_id });
    }
  }

  /** A batch that landed after its launch was stopped is stopped too. */
  private async stopIfStopped(launchId: string, invokeId: string): Promise<void> {
    const current = await findLaunch(this.options.db, launchId);
    if (current?.stopped_at && this.options.onStopNeeded) await this.options.onStopNeeded(current, invokeId).catch(() => undefined);
  }
}

/** 2 s, 4 s, 8 s…, up to a minute, with jitter so throttled replicas do not come back together. */
function retryDelayMs(attempt: number): number {
  const base = Math.min(60_000, 1_000 * 2 ** attempt);
  return Math.round(base / 2 + Math.random() * (base / 2));
}
