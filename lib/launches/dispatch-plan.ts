import { concurrencyLimit, errorAllowance, pausePoints, type RateControl } from '@/lib/invoke/rate-control';

import { isTerminal } from './status';

/** A batch as the plan sees it. */
export interface PlanBatch {
  id: string;
  index: number;
  status: 'pending' | 'sent' | 'failed' | 'skipped';
  instanceCount: number;
  /** A dispatcher holds it now (its lease has not run out). */
  held: boolean;
  /** A transient failure makes it wait until then. */
  notBefore: string | null;
  invocationStatus: string | null;
}

export interface PlanInput {
  now: Date;
  repeatMode: string;
  totalInstances: number;
  batchSize: number;
  rate: RateControl | null;
  batches: readonly PlanBatch[];
  /** Instances failed so far (runs that failed, batches that could not be sent). */
  failures: number;
  /** At most this many batches are taken in one go. */
  maxClaim: number;
  /** A canary's pauses reached so far (launch_pauses), and whether a person resumed each. */
  pauses?: readonly { beforeBatch: number; resumed: boolean }[];
}

/** `pause`: the batches before `beforeBatch` are done and a person must now resume the launch (recorded once). */
export type Plan = { kind: 'halt'; reason: string } | { kind: 'claim'; batchIds: string[] } | { kind: 'pause'; beforeBatch: number } | { kind: 'wait' };

/**
 * What a dispatcher may do with a launch now, by its rate control: stop sending when the failed
 * instances pass the error threshold; otherwise take the next batches (lowest first) while the
 * instances in flight stay within the concurrency. In flight: batches being sent, and for a
 * one-off (Once) launch, sent batches whose invocation has not finished. A schedule or a reboot
 * hook never "finishes", so for those only sending counts.
 */
export function planDispatch(input: PlanInput): Plan {
  const waiting = input.batches.filter((batch) => batch.status === 'pending' && !batch.held);
  if (waiting.length === 0) return { kind: 'wait' };
  const rate = input.rate;
  const allowance = errorAllowance(rate?.errorThreshold ?? null, input.totalInstances);
  if (input.failures > allowance) {
    const threshold = rate?.errorThreshold;
    const limit = threshold?.kind === 'percent' ? `${threshold.value}% (${allowance} instances)` : `${allowance}`;
    return {
      kind: 'halt',
      reason: `Error threshold reached: ${input.failures} of ${input.totalInstances} instances failed, more than the ${limit} allowed. The ${waiting.length === 1 ? 'last batch was' : `last ${waiting.length} batches were`} not sent.`,
    };
  }
  const once = input.repeatMode === 'Once';
  // Done, for a pause: a Once batch's invocation finished; a schedule's or a reboot hook's batch was sent.
  const done = (batch: PlanBatch) => batch.status !== 'pending' && !(once && batch.status === 'sent' && !(batch.invocationStatus && isTerminal(batch.invocationStatus)));
  const gate = pauseGate(input);
  if (gate !== null && !waiting.some((batch) => batch.index < gate)) {
    const before = input.batches.filter((batch) => batch.index < gate);
    const reached = before.every(done) && !(input.pauses ?? []).some((pause) => pause.beforeBatch === gate);
    return reached ? { kind: 'pause', beforeBatch: gate } : { kind: 'wait' };
  }
  let inFlight = input.batches
    .filter((batch) => (batch.status === 'pending' && batch.held) || (once && batch.status === 'sent' && !(batch.invocationStatus && isTerminal(batch.invocationStatus))))
    .reduce((sum, batch) => sum + batch.instanceCount, 0);
  const limit = concurrencyLimit(rate?.concurrency ?? null, input.totalInstances, input.batchSize);
  const claim: string[] = [];
  for (const batch of waiting.filter((batch) => gate === null || batch.index < gate).sort((a, b) => a.index - b.index)) {
    if (claim.length >= input.maxClaim) break;
    if (batch.notBefore && batch.notBefore > input.now.toISOString()) continue;
    // Batches are planned no larger than the concurrency, so one always fits an idle launch.
    if (inFlight > 0 && inFlight + batch.instanceCount > limit) break;
    claim.push(batch.id);
    inFlight += batch.instanceCount;
  }
  return claim.length ? { kind: 'claim', batchIds: claim } : { kind: 'wait' };
}

/** The first pause point no person has resumed yet: no batch from it on is sent. Null when none holds anything back. */
function pauseGate(input: PlanInput): number | null {
  const resumed = new Set((input.pauses ?? []).filter((pause) => pause.resumed).map((pause) => pause.beforeBatch));
  return pausePoints(input.rate, input.batches.length).find((point) => !resumed.has(point)) ?? null;
}
