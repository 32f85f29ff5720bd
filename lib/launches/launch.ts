import 'server-only';

import { randomUUID } from 'node:crypto';

import { type SessionUser } from '@/lib/auth/sessions';
import { APPROVAL_TTL_MS, approvalNeeded, notifyApprovalRequested } from '@/lib/approvals/service';
import { forgetPickerCommands } from '@/lib/commands/list';
import { writeAudit } from '@/lib/db/audit';
import { setLaunchWebhooks } from '@/lib/db/notify';
import { type Db } from '@/lib/db/client';
import { findLaunch, insertLaunch, listBatches } from '@/lib/db/launches';
import { quotaDay, reserveQuota } from '@/lib/db/quota';
import { type EcsClient, type EcsInstance, INSTANCES_PAGE_MAX, type RegionGuard } from '@/lib/ecs';
import { AppError, invalid } from '@/lib/errors';
import { type Limits } from '@/lib/invoke/limits';
import { batchingLimits, describeRateControl } from '@/lib/invoke/rate-control';
import { buildInvokeRequests } from '@/lib/invoke/request';
import { targetsTags } from '@/lib/invoke/draft-kind';
import { executionTags } from '@/lib/invoke/execution-tags';
import { describeTagRule } from '@/lib/invoke/tag-matches';
import { type ValidInvokeDraft } from '@/lib/invoke/schema';
import { type InvokeCommandInfo } from '@/lib/invoke/types';
import { stripSecretValues } from '@/lib/invoke/secrets';

import { splitRequest } from './batch-request';
import { type LaunchInput } from './launch-input';
import { type LaunchResult, launchResultOf } from './result';
import { sealSecrets, type SecretKey } from './secret-box';
import { validateLaunch } from './validate-launch';

/** Sealed secrets of batches still unsent are erased this long after the launch at the latest. */
export const SECRETS_KEPT_MS = 24 * 3_600_000;

export interface LaunchDeps {
  db: Db;
  ecs: EcsClient;
  regions?: RegionGuard;
  limits: Limits;
  secretKey: SecretKey;
  /** Tells this process's dispatcher there is work, so the first batch goes out at once. */
  wake?: () => void;
  now?: Date;
}

/**
 * Request a launch: validate the draft against ECS as it is now, and record the launch, its
 * batches (a ClientToken each, secret values sealed per batch), one row per instance and its
 * share of the daily quota, in one transaction. Nothing is sent here: a dispatcher, in any
 * replica, sends the batches (dispatcher.ts). `launchId` comes from the browser, so a double
 * submit finds the launch it already made instead of making a second.
 */
export async function launch(deps: LaunchDeps, user: SessionUser, input: LaunchInput): Promise<LaunchResult> {
  const { db, limits } = deps;
  const existing = await existingLaunch(db, user, input.launchId);
  if (existing) return existing;

  const now = deps.now ?? new Date();
  const validated = await validateLaunch(deps, input.draft, now);
  // A script kept as a command is saved first and launched as that command, so every batch runs the same one.
  const { draft, command } = validated.draft.script?.keepCommand
    ? await keepScript(deps, user, validated.draft, validated.command, input.launchId, now)
    : validated;
  const built = buildInvokeRequests(draft, command, input.launchId, batchingLimits(limits, draft.rateControl, draft.instanceIds.length), {
    executionTags: executionTags(input.launchId, user.username),
  });
  const { template, secrets } = splitRequest(built);
  const byTags = targetsTags(draft);
  const chosen = new Set(draft.instanceIds);
  // The two-person rule: a launch an admin's rule covers is recorded as requested, and sends nothing until another operator approves it.
  const approvalReason = await approvalNeeded(db, async () => {
    // A tag target is judged by what its tags match now; unknown (null) when that cannot be read in one page.
    const tagged = byTags ? await taggedNow(deps.ecs, draft.regionId, draft.resourceTags ?? []) : null;
    return {
      regionId: draft.regionId,
      instanceCount: byTags ? (tagged?.length ?? null) : draft.instanceIds.length,
      instanceTags: byTags
        ? (tagged?.map((instance) => instance.tags) ?? null)
        : validated.context.instancesChecked === 'before-each-batch'
          ? null
          : validated.context.instances.filter((instance) => chosen.has(instance.instanceId)).map((instance) => instance.tags ?? []),
      resourceTags: draft.resourceTags ?? [],
    };
  });
  const sealed = Object.keys(secrets).length > 0;
  const batches = built.map((batch) => {
    const id = randomUUID();
    return {
      id,
      batch_index: batch.index,
      client_token: batch.clientToken,
      instance_ids: JSON.stringify(batch.instanceIds),
      secret_box: sealed ? sealSecrets(deps.secretKey, secrets, id) : null,
    };
  });

  const inserted = await insertLaunch(
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
      rate_control: draft.rateControl ? JSON.stringify(draft.rateControl) : null,
      request_template: JSON.stringify(template),
      secrets_expire_at: sealed ? new Date(now.getTime() + SECRETS_KEPT_MS).toISOString() : null,
      ...(approvalReason && { approval_state: 'requested' as const, approval_reason: approvalReason, approval_expires_at: new Date(now.getTime() + APPROVAL_TTL_MS).toISOString() }),
    },
    batches,
    async (tx) => {
      await writeAudit(
        tx,
        {
          actor: user,
          action: 'launch.create',
          target: input.launchId,
          detail: {
            region: draft.regionId,
            command: command.name,
            ...(draft.script && { script: draft.script.type }),
            ...(byTags ? { tags: describeTagRule(draft.resourceTags ?? []) } : { instances: draft.instanceIds.length }),
            batches: batches.length,
            repeatMode: draft.repeatMode,
            rateControl: describeRateControl(draft.rateControl, draft.instanceIds.length),
            ...(approvalReason && { approval: `requested: ${approvalReason}` }),
          },
        },
        now,
      );
      // Before any event is queued, so an opt-in webhook hears of the approval request too.
      if (input.notify?.length) await setLaunchWebhooks(tx, input.launchId, input.notify);
      if (approvalReason) {
        const recorded = await findLaunch(tx, input.launchId);
        if (recorded) await notifyApprovalRequested(tx, recorded, now);
      }
      // In the same transaction: launches made at once on several replicas cannot overdraw the
      // quota. Last, so the region's quota row stays locked only until the commit: every launch
      // in the region waits for that lock.
      const quota = await reserveQuota(tx, draft.regionId, quotaDay(now), batches.length, limits.dailyInvocations);
      if (!quota.ok) throw quotaExceeded(batches.length, limits.dailyInvocations - quota.used, limits.dailyInvocations);
    },
  );
  if (!inserted) {
    const raced = await existingLaunch(db, user, input.launchId);
    if (raced) return raced;
  }
  if (!approvalReason) deps.wake?.();
  const saved = await findLaunch(db, input.launchId);
  if (!saved) throw new Error(`launch ${input.launchId} vanished after it was recorded`);
  return launchResultOf(saved, await listBatches(db, input.launchId));
}

/**
 * Save the script with CreateCommand (its ClientToken is the launch's, so a double submit
 * saves it once) and hand back the draft as a launch of that command.
 */
async function keepScript(deps: LaunchDeps, user: SessionUser, draft: ValidInvokeDraft, command: InvokeCommandInfo, launchId: string, now: Date) {
  const script = draft.script!;
  const { commandId } = await deps.ecs.createCommand(draft.regionId, {
    name: script.name.trim(),
    type: script.type,
    content: script.content,
    enableParameter: script.enableParameter,
    ...(draft.launcher?.trim() && { launcher: draft.launcher.trim() }),
    clientToken: `${launchId}-command`,
  });
  forgetPickerCommands(draft.regionId);
  await writeAudit(deps.db, { actor: user, action: 'command.create', target: commandId, detail: { region: draft.regionId, name: script.name.trim(), type: script.type, from: 'launch form' } }, now);
  const { script: _kept, ...rest } = draft;
  return { draft: { ...rest, commandId } as ValidInvokeDraft, command: { ...command, commandId } };
}

/** The ECS instances a tag target matches now, from one DescribeInstances page; null when more than a page match or ECS does not answer. */
async function taggedNow(ecs: EcsClient, region: string, tags: readonly { key: string; value: string }[]): Promise<EcsInstance[] | null> {
  try {
    const page = await ecs.describeInstancesPage(region, { tags: tags.filter((tag) => tag.key !== ''), maxResults: INSTANCES_PAGE_MAX });
    return page.nextToken ? null : page.items;
  } catch {
    return null;
  }
}

async function existingLaunch(db: Db, user: SessionUser, launchId: string): Promise<LaunchResult | null> {
  const existing = await findLaunch(db, launchId);
  if (!existing) return null;
  if (existing.created_by !== user.userId) throw new AppError('CONFLICT', 409, 'That launch ID belongs to another launch. Reload the form.');
  return launchResultOf(existing, await listBatches(db, existing.id));
}

function quotaExceeded(calls: number, remaining: number, limit: number): AppError {
  const message =
    remaining <= 0
      ? `Instances: the region's daily quota of ${limit} InvokeCommand calls is used up. Launch after 00:00 UTC, when it resets.`
      : `Instances: this launch needs ${calls} InvokeCommand calls, but only ${remaining} of the region's ${limit} daily calls are left. Choose fewer instances, or launch after 00:00 UTC.`;
  return invalid(`Refused before sending (Invocation.ExceedQuota): ${message}`, { instanceIds: [message] });
}
