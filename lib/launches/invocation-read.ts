import 'server-only';

import { type Db } from '@/lib/db/client';
import { type BatchRow, findBatchByInvokeId, findLaunch } from '@/lib/db/launches';
import { type EcsClient, EcsError, type EcsInvocation } from '@/lib/ecs';
import { notFound } from '@/lib/errors';
import { maskReportedParameters, secretNamesOf } from '@/lib/invoke/secrets';

import { type InvocationView } from './invocation-view';
import { observeInvocation, settleLaunchStatus, toSnapshot } from './refresh';
import { type InvocationSnapshot } from './snapshot';

/** Which region an InvokeId lives in: ours knows; otherwise the caller must say. */
export async function regionOfInvocation(db: Db, invokeId: string, asked: string | undefined): Promise<string | null> {
  const batch = await findBatchByInvokeId(db, invokeId);
  return batch?.region_id ?? asked ?? null;
}

/**
 * Read an InvokeId: from ECS when it answers (and remember it, when it is ours), else from
 * our last snapshot with the reason. An unknown InvokeId we never saw is a 404.
 */
export async function readInvocation(db: Db, ecs: EcsClient, invokeId: string, region: string): Promise<InvocationView> {
  const batch = await findBatchByInvokeId(db, invokeId);
  const launch = batch ? await findLaunch(db, batch.launch_id) : undefined;
  const secretNames = storedSecretNames(launch?.draft);
  const launchInfo = batch && launch ? { launchId: launch.id, createdBy: launch.created_by_username, createdAt: launch.created_at, batchIndex: batch.batch_index, batchCount: launch.batch_count } : null;

  let live: EcsInvocation | null = null;
  let staleReason: string | null = null;
  try {
    if (batch) {
      live = await observeInvocation(db, ecs, batch);
      await settleLaunchStatus(db, batch.launch_id);
    } else {
      live = (await ecs.describeInvocations(region, { invokeId, maxResults: 1 })).items[0] ?? null;
    }
    if (!live) staleReason = 'Alibaba Cloud no longer knows this InvokeId: invocation records are kept for about 30 days.';
  } catch (error) {
    if (!batch?.snapshot || !(error instanceof EcsError)) throw error;
    staleReason = `The ECS API did not answer (${error.code}); this is the last state InvokeDeck saw.`;
  }

  if (live) return fromLive(live, region, secretNames, launchInfo);
  if (batch?.snapshot) return fromSnapshot(batch, JSON.parse(batch.snapshot) as InvocationSnapshot, staleReason, launchInfo);
  throw notFound(`InvokeId ${invokeId} in ${region}`);
}

function fromLive(invocation: EcsInvocation, region: string, secretNames: Set<string> | null, launch: InvocationView['launch']): InvocationView {
  const snapshot = toSnapshot(invocation);
  return {
    invokeId: invocation.invokeId,
    regionId: region,
    source: 'live',
    staleReason: null,
    snapshotAt: null,
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
    instances: snapshot.instances,
    launch,
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
  const draft = JSON.parse(draftJson) as { parameters?: { name: string; secret: boolean }[] };
  return new Set(secretNamesOf(draft.parameters ?? []).map((name) => name.toLowerCase()));
}
