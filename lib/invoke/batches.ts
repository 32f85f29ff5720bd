import type { Limits } from '@/lib/invoke/limits';

/** One InvokeCommand call of a launch. */
export interface Batch {
  /** 0-based position in the launch. */
  index: number;
  instanceIds: string[];
  /**
   * Idempotency token: the same launch and index always give the same token, so a batch
   * sent again after a timeout is recognised by Alibaba and does not run twice.
   */
  clientToken: string;
}

const LAUNCH_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** The batching a launch is planned with: the per-call limit, and a canary's first batch when it has one (rate-control.ts). */
export type BatchingLimits = Pick<Limits, 'instancesPerCall'> & { firstBatchSize?: number | undefined };

/** How many InvokeCommand calls a launch of `instanceCount` instances takes. */
export function batchCount(instanceCount: number, limits: BatchingLimits): number {
  const first = firstCut(instanceCount, limits);
  return first ? 1 + Math.ceil((instanceCount - first) / limits.instancesPerCall) : Math.ceil(instanceCount / limits.instancesPerCall);
}

/** The first batch's own size, when it is smaller than a full call and leaves instances after it; else null. */
function firstCut(instanceCount: number, limits: BatchingLimits): number | null {
  const size = limits.firstBatchSize;
  if (size === undefined || !Number.isInteger(size) || size < 1) return null;
  return size < Math.min(instanceCount, limits.instancesPerCall) ? size : null;
}

/**
 * Split a launch into calls of at most `limits.instancesPerCall` instances, in the order
 * given; with `firstBatchSize` (a canary) the first call takes only that many. `launchId` is the launch's stored ID (e.g. a UUID); it goes into every ClientToken,
 * so it must be plain ASCII and short enough to leave room for the batch suffix.
 */
export function planBatches(
  instanceIds: readonly string[],
  launchId: string,
  limits: BatchingLimits & Pick<Limits, 'clientTokenLength'>,
): Batch[] {
  if (!Number.isInteger(limits.instancesPerCall) || limits.instancesPerCall < 1) {
    throw new RangeError(`instancesPerCall must be a positive integer, got ${limits.instancesPerCall}`);
  }
  if (!LAUNCH_ID.test(launchId)) {
    throw new RangeError(`launchId must be letters, digits, "-" or "_", got ${JSON.stringify(launchId)}`);
  }
  const batches: Batch[] = [];
  const first = firstCut(instanceIds.length, limits);
  for (let start = 0; start < instanceIds.length; ) {
    const index = batches.length;
    const size = index === 0 && first ? first : limits.instancesPerCall;
    const clientToken = `${launchId}-b${index}`;
    if (clientToken.length > limits.clientTokenLength) {
      throw new RangeError(`launchId is too long: ClientToken ${clientToken} exceeds ${limits.clientTokenLength} characters`);
    }
    batches.push({ index, instanceIds: instanceIds.slice(start, start + size), clientToken });
    start += size;
  }
  return batches;
}
