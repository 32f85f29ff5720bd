import 'server-only';

import { mapWithConcurrency } from '@/lib/concurrency';
import { type Db } from '@/lib/db/client';
import { EcsError, type EcsClient, type RegionGuard } from '@/lib/ecs';
import { type Limits } from '@/lib/invoke/limits';
import { batchingLimits } from '@/lib/invoke/rate-control';
import { buildInvokeRequests } from '@/lib/invoke/request';

import { type LaunchInput } from './launch-input';
import { sendRequest } from './send-request';
import { validateLaunch } from './validate-launch';

/** One call of the launch as Alibaba judged it with RepeatMode=DryRun. */
export interface CheckedCall {
  /** 1-based, as the review numbers batches. */
  batch: number;
  /** Instances the call names; 0 for a tag target (Alibaba resolves the tags). */
  instanceCount: number;
  ok: boolean;
  /** Alibaba's error code and message when it refused, e.g. InvalidInstance.NotMatch. */
  code?: string;
  message?: string;
  requestId?: string;
}

export interface CheckResult {
  ok: boolean;
  calls: CheckedCall[];
}

/** DryRun calls of one check in flight at once. */
const CHECK_CONCURRENCY = 4;

/**
 * "Check only": every rule of ours against ECS as it is now, then each call of the launch
 * sent with RepeatMode=DryRun, so Alibaba judges it too (a tag target's matches, an instance
 * stopped since the form loaded) and nothing runs. Records nothing and spends no quota; a
 * script to keep is checked as RunCommand without keeping it.
 */
export async function checkLaunch(
  deps: { db: Db; ecs: EcsClient; regions?: RegionGuard; limits: Limits; now?: Date },
  input: LaunchInput,
): Promise<CheckResult> {
  const now = deps.now ?? new Date();
  const { draft, command } = await validateLaunch(deps, input.draft, now);
  const built = buildInvokeRequests(draft, command, input.launchId, batchingLimits(deps.limits, draft.rateControl, draft.instanceIds.length));
  const calls = await mapWithConcurrency(built, CHECK_CONCURRENCY, async (batch): Promise<CheckedCall> => {
    const base = { batch: batch.index + 1, instanceCount: batch.instanceIds.length };
    // No ClientToken: a DryRun is not the launch, and must never be mistaken for it later.
    const request = { ...batch.request, RepeatMode: 'DryRun' as const, ClientToken: '' };
    try {
      const { requestId } = await sendRequest(deps.ecs, draft.regionId, request);
      return { ...base, ok: true, requestId };
    } catch (error) {
      if (!(error instanceof EcsError)) throw error;
      return { ...base, ok: false, code: error.code, message: error.message, ...(error.requestId && { requestId: error.requestId }) };
    }
  });
  return { ok: calls.every((call) => call.ok), calls };
}
