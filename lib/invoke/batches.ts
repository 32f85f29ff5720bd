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

/** How many InvokeCommand calls a launch of `instanceCount` instances takes. */
export function batchCount(instanceCount: number, limits: Pick<Limits, 'instancesPerCall'>): number {
  return Math.ceil(instanceCount / limits.instancesPerCall);
}

/**
 * Split a launch into calls of at most `limits.instancesPerCall` instances, in the order
 * given. `launchId` is the launch's stored ID (e.g. a UUID); it goes into every ClientToken,
 * so it must be plain ASCII and short enough to leave room for the batch suffix.
 */
export function planBatches(
  instanceIds: readonly string[],
  launchId: string,
  limits: Pick<Limits, 'instancesPerCall' | 'clientTokenLength'>,
): Batch[] {
  if (!Number.isInteger(limits.instancesPerCall) || limits.instancesPerCall < 1) {
    throw new RangeError(`instancesPerCall must be a positive integer, got ${limits.instancesPerCall}`);
  }
  if (!LAUNCH_ID.test(launchId)) {
    throw new RangeError(`launchId must be letters, digits, "-" or "_", got ${JSON.stringify(launchId)}`);
  }
  const batches: Batch[] = [];
  for (let start = 0; start < instanceIds.length; start += limits.instancesPerCall) {
    const index = batches.length;
    const clientToken = `${launchId}-b${index}`;
    if (clientToken.length > limits.clientTokenLength) {
      throw new RangeError(`launchId is too long: ClientToken ${clientToken} exceeds ${limits.clientTokenLength} characters`);
    }
    batches.push({ index, instanceIds: instanceIds.slice(start, start + limits.instancesPerCall), clientToken });
  }
  return batches;
}
