import 'server-only';

import { randomUUID } from 'node:crypto';

import { type SessionUser } from '@/lib/auth/sessions';
import { writeAudit } from '@/lib/db/audit';
import { type Db } from '@/lib/db/client';
import { findLaunch, insertLaunch, listBatches, recordBatchOutcome, settleSendStatus } from '@/lib/db/launches';
import { type EcsClient, EcsError, type RegionGuard } from '@/lib/ecs';
import { AppError } from '@/lib/errors';
import { type InvokeDraft } from '@/lib/invoke/draft';
import { type Limits } from '@/lib/invoke/limits';
import { buildInvokeRequests, type InvokeBatchRequest } from '@/lib/invoke/request';
import { createInvokeSchema, draftShapeSchema } from '@/lib/invoke/schema';
import { stripSecretValues, withSecretPolicy } from '@/lib/invoke/secrets';
import { logger } from '@/lib/logger';

import { loadInvokeContext } from './context';
import { invalidDraft } from './invalid-draft';
import { type LaunchInput } from './launch-input';
import { requireAllowedRegion } from './regions';
import { settleLaunchStatus } from './refresh';
import { type LaunchResult, launchResultOf } from './result';

/**
 * Launch a draft: validate it against what ECS says now, record the launch and its
 * batches before anything is sent, send each batch as its own InvokeCommand with its own
 * ClientToken, and record each InvokeId or error. `launchId` comes from the browser, so a
 * double submit returns the first launch instead of starting a second.
 */
export async function launch(
  deps: { db: Db; ecs: EcsClient; regions?: RegionGuard; limits: Limits; now?: Date },
  user: SessionUser,
  input: LaunchInput,
): Promise<LaunchResult> {
  const { db, ecs, limits } = deps;
  const existing = await findLaunch(db, input.launchId);
  if (existing) {
    if (existing.created_by !== user.userId) throw new AppError('CONFLICT', 409, 'That launch ID belongs to another launch. Reload the form.');
    return launchResultOf(existing, await listBatches(db, existing.id));
  }

  // Nothing reaches ECS before the IDs have their shapes and the region is one of ours; secrets
  // are what the policy says, whatever the browser flagged.
  const shaped = draftShapeSchema.safeParse(input.draft);
  if (!shaped.success) throw invalidDraft(shaped.error);
  if (deps.regions) await requireAllowedRegion(input.draft.regionId, 'regionId', deps.regions);
  const submitted: InvokeDraft = { ...input.draft, parameters: withSecretPolicy(input.draft.parameters) };

  const now = deps.now ?? new Date();
  const context = await loadInvokeContext(ecs, db, submitted, limits, now);
  const parsed = createInvokeSchema(context).safeParse(submitted);
  if (!parsed.success) throw invalidDraft(parsed.error);
  const command = context.command;
  if (!command) throw new AppError('InvalidCmdId.NotFound', 404, 'The command no longer exists.');
  const draft = parsed.data;
  const batches = buildInvokeRequests(draft, command, input.launchId, limits);

  await insertLaunch(
    db,
    {
      id: input.launchId,
      created_at: now.toISOString(),
      created_by: user.userId,
      created_by_username: user.username,
      region_id: draft.regionId,
      command_id: command.commandId,
      command_name: command.name,
      command_type: command.type,
      repeat_mode: draft.repeatMode,
      frequency: draft.repeatMode === 'Period' ? draft.frequency.trim() : null,
      instance_count: draft.instanceIds.length,
      batch_count: batches.length,
      draft: JSON.stringify(stripSecretValues(draft)),
      preset_id: input.presetId ?? null,
    },
    batches.map((batch) => ({
      id: randomUUID(),
      batch_index: batch.index,
      client_token: batch.clientToken,
      instance_ids: JSON.stringify(batch.instanceIds),
    })),
  );
  await writeAudit(db, {
    actor: user,
    action: 'launch.create',
    target: input.launchId,
    detail: { region: draft.regionId, command: command.name, instances: draft.instanceIds.length, batches: batches.length, repeatMode: draft.repeatMode },
  });

  const rows = await listBatches(db, input.launchId);
  for (const batch of batches) {
    const row = rows.find((candidate) => candidate.batch_index === batch.index);
    if (row) await sendBatch(db, ecs, row.id, batch);
  }
  await settleSendStatus(db, input.launchId);
  await settleLaunchStatus(db, input.launchId);
  const saved = await findLaunch(db, input.launchId);
  if (!saved) throw new Error(`launch ${input.launchId} vanished while sending`);
  return launchResultOf(saved, await listBatches(db, input.launchId));
}

/** Send one batch and record what happened; never throws for an API error. */
export async function sendBatch(db: Db, ecs: EcsClient, batchId: string, batch: Pick<InvokeBatchRequest, 'request' | 'index'>): Promise<void> {
  const { request } = batch;
  try {
    const { invokeId, requestId } = await ecs.invokeCommand(request.RegionId, request);
    await recordBatchOutcome(db, batchId, { status: 'sent', invokeId, requestId });
  } catch (error) {
    const failure = error instanceof EcsError ? error : null;
    if (!failure) logger.error('batch send failed unexpectedly', { batchId, error: error instanceof Error ? error.message : String(error) });
    await recordBatchOutcome(db, batchId, {
      status: 'failed',
      errorCode: failure?.code ?? 'INTERNAL',
      errorMessage: failure?.message ?? 'The batch could not be sent; the error was logged.',
      requestId: failure?.requestId ?? null,
    });
  }
}
