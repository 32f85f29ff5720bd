import 'server-only';

import { type Db } from '@/lib/db/client';
import { readCachedInvocation, writeCachedInvocation } from '@/lib/db/invocation-cache';
import { type BatchRow, findBatchByInvokeId, findLaunch } from '@/lib/db/launches';
import { type EcsClient, EcsError, type EcsInvocation } from '@/lib/ecs';
import { notFound } from '@/lib/errors';
import { maskReportedParameters, secretNamesOf } from '@/lib/invoke/secrets';

import { type InvocationView } from './invocation-view';
import { toSnapshot } from './observer';
import { type InvocationSnapshot } from './snapshot';
import { isTerminal } from './status';

/** How old a shared read of an InvokeId may be: every viewer and replica reads it once per interval. */
const FRESH_MS = { running: 5_000, finished: 60_000, ours: 3_600_000 } as const;

/** Which region an InvokeId lives in: ours knows; otherwise the caller must say. */
export async function regionOfInvocation(db: Db, invokeId: string, asked: string | undefined): Promise<string | null> {
  const batch = await findBatchByInvokeId(db, invokeId);
  return batch?.region_id ?? asked ?? null;
}

type CachedView = Omit<InvocationView, 'source' | 'staleReason' | 'snapshotAt' | 'launch'>;

/**
 * Read an InvokeId. Ours: its statuses as the observer last stored them, and what it ran (read
 * from ECS once and kept). Launched elsewhere: one shared read every few seconds, whoever
 * asks. Parameter values are masked before anything is kept. When Alibaba no longer knows it,
 * our last snapshot, with the reason; an InvokeId we never saw is a 404.
 */
export async function readInvocation(db: Db, ecs: EcsClient, invokeId: string, region: string, now = new Date()): Promise<InvocationView> {
  const batch = await findBatchByInvokeId(db, invokeId);
  const launch = batch ? await findLaunch(db, batch.launch_id) : undefined;
  const launchInfo = batch && launch ? { launchId: launch.id, createdBy: launch.created_by_username, createdAt: launch.created_at, batchIndex: batch.batch_index, batchCount: launch.batch_count } : null;
  const secretNames = storedSecretNames(launch?.draft);

  const cached = await readCachedInvocation(db, invokeId);
  const cachedView = cached ? (JSON.parse(cached.body) as CachedView) : null;
  const maxAge = batch ? FRESH_MS.ours : cachedView && isTerminal(cachedView.invocationStatus) ? FRESH_MS.finished : FRESH_MS.running;
  let view = cachedView && now.getTime() - Date.parse(cached?.fetchedAt ?? '') < maxAge ? cachedView : null;
  let staleReason: string | null = null;
  if (!view) {
    try {
      const live = (await ecs.describeInvocations(region, { invokeId, maxResults: 1 })).items[0] ?? null;
      if (live) {
        view = toCachedView(live, region, secretNames);
        await writeCachedInvocation(db, invokeId, region, JSON.stringify(view), now);
      } else staleReason = 'Alibaba Cloud no longer knows this InvokeId: invocation records are kept for about 30 days.';
    } catch (error) {
      if (!(error instanceof EcsError)) throw error;
      if (!cachedView && !batch?.snapshot) throw error;
      view = cachedView;
      staleReason = `The ECS API did not answer (${error.code}); this is the last state InvokeDeck saw.`;
    }
  }

  if (batch?.snapshot && (view || staleReason)) {
    // The observer's statuses are the current ones for our own InvokeIds.
    const snapshot = JSON.parse(batch.snapshot) as InvocationSnapshot;
    if (view) return { ...view, invocationStatus: batch.invocation_status === 'Expired' ? snapshot.invocationStatus : (batch.invocation_status ?? view.invocationStatus), instances: snapshot.instances, source: staleReason ? 'snapshot' : 'live', staleReason, snapshotAt: batch.snapshot_at, launch: launchInfo };
    return fromSnapshot(batch, snapshot, staleReason, launchInfo);
  }
  if (view) return { ...view, source: staleReason ? 'snapshot' : 'live', staleReason, snapshotAt: staleReason ? (cached?.fetchedAt ?? null) : null, launch: launchInfo };
  throw notFound(`InvokeId ${invokeId} in ${region}`);
}

function toCachedView(invocation: EcsInvocation, region: string, secretNames: Set<string> | null): CachedView {
  return {
    invokeId: invocation.invokeId,
    regionId: region,
    invocationStatus: invocation.invocationStatus,
    commandId: invocation.commandId,
    commandName: invocation.commandName,
    commandType: invocation.commandType,
    commandContent: invocation.commandContent,
    // The shared rule masks what looks like a credential; ours also know what the operator marked.
    parameters: maskReportedParameters(invocation.parameters, secretNames ?? undefined),
    repeatMode: invocation.repeatMode,
    frequency: invocation.frequency,
    timeout: invocation.timeout,
    username: invocation.username,
    creationTime: invocation.creationTime,
    instances: toSnapshot(invocation).instances,
  };
}

function fromSnapshot(batch: BatchRow, snapshot: InvocationSnapshot, staleReason: string | null, launch: InvocationView['launch']): InvocationView {
  return {
    invokeId: snapshot.invokeId,
    regionId: batch.region_id,
    source: 'snapshot',
    staleReason,
    snapshotAt: batch.snapshot_at,
    invocationStatus: snapshot.invocationStatus,
    commandId: '',
    commandName: snapshot.commandName,
    commandType: '',
    commandContent: '',
    parameters: [],
    repeatMode: snapshot.repeatMode,
    frequency: snapshot.frequency,
    timeout: 0,
    username: '',
    creationTime: snapshot.creationTime,
    instances: snapshot.instances,
    launch,
  };
}

function storedSecretNames(draftJson: string | undefined): Set<string> | null {
  if (!draftJson) return null;
  const draft = JSON.parse(draftJson) as { parameters?: { name: string; secret: boolean; value: string }[] };
  return new Set(secretNamesOf(draft.parameters ?? []).map((name) => name.toLowerCase()));
}
