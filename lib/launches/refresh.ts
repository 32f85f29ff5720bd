import 'server-only';

import { type Db } from '@/lib/db/client';
import { type BatchRow, findLaunch, listBatches, saveBatchSnapshot, updateLaunchStatus } from '@/lib/db/launches';
import { type EcsClient, EcsError, type EcsInvocation } from '@/lib/ecs';
import { logger } from '@/lib/logger';

import { batchStatus, type InvocationSnapshot } from './snapshot';
import { aggregateStatus, isTerminal } from './status';

/** Codes with which Alibaba says it no longer knows an InvokeId. */
const FORGOTTEN = new Set(['InvalidInvokeId.NotFound', 'InvalidInvocation.NotFound']);

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

/**
 * Ask ECS for one InvokeId and remember what it said. Returns the invocation, or null when
 * Alibaba no longer knows it (the batch is then marked Expired and keeps its last snapshot).
 */
export async function observeInvocation(db: Db, ecs: EcsClient, batch: BatchRow): Promise<EcsInvocation | null> {
  if (!batch.invoke_id) return null;
  let invocation: EcsInvocation | null = null;
  try {
    const page = await ecs.describeInvocations(batch.region_id, { invokeId: batch.invoke_id, maxResults: 1 });
    invocation = page.items[0] ?? null;
  } catch (error) {
    if (!(error instanceof EcsError && FORGOTTEN.has(error.code))) throw error;
  }
  if (invocation) {
    const snapshot = JSON.stringify(toSnapshot(invocation));
    await saveBatchSnapshot(db, batch.id, invocation.invocationStatus, snapshot === batch.snapshot ? null : snapshot);
  } else if (batch.invocation_status !== 'Expired') {
    await saveBatchSnapshot(db, batch.id, 'Expired', null);
  }
  return invocation;
}

/** The launch's aggregate from its batches' last known statuses, saved on the launch. */
export async function settleLaunchStatus(db: Db, launchId: string): Promise<string> {
  const batches = await listBatches(db, launchId);
  const status = aggregateStatus(batches.map(batchStatus));
  await updateLaunchStatus(db, launchId, status);
  return status;
}

/**
 * Bring a launch's status up to date: observe every batch whose invocation may still change.
 * Errors other than "forgotten" are logged and leave the last known state in place.
 */
export async function refreshLaunch(db: Db, ecs: EcsClient, launchId: string): Promise<string | null> {
  const launch = await findLaunch(db, launchId);
  if (!launch) return null;
  const batches = await listBatches(db, launchId);
  await Promise.all(
    batches
      .filter((batch) => batch.invoke_id && batch.invocation_status !== 'Expired' && !(batch.invocation_status && isTerminal(batch.invocation_status)))
      .map((batch) =>
        observeInvocation(db, ecs, batch).catch((error: unknown) =>
          logger.warn('could not refresh an invocation', { launchId, invokeId: batch.invoke_id, code: error instanceof EcsError ? error.code : 'unknown' }),
        ),
      ),
  );
  return settleLaunchStatus(db, launchId);
}
