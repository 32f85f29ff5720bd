import 'server-only';

import { randomUUID } from 'node:crypto';

import { type SessionUser } from '@/lib/auth/sessions';
import { decideApproval, deleteApprovalRule, expiredApprovalRequests, insertApprovalRule, listApprovalRules } from '@/lib/db/approvals';
import { writeAudit } from '@/lib/db/audit';
import { type Db } from '@/lib/db/client';
import { instanceStatusCounts, withLaunchLocked } from '@/lib/db/launch-dispatch';
import { type LaunchRow } from '@/lib/db/launches';
import { AppError, invalid, notFound } from '@/lib/errors';
import { haltLaunch } from '@/lib/launches/dispatch-record';
import { enqueueNotification, launchFacts } from '@/lib/notify/enqueue';
import { type NotificationEvent } from '@/lib/notify/events';

import { type ApprovalRuleInput } from './schemas';
import { approvalReasons, describeRule, type LaunchTarget } from './rules';

/** A request for approval, and the secrets typed for it, expire after this long unless decided. */
export const APPROVAL_TTL_MS = 24 * 3_600_000;

/** Why this launch needs approval (joined), or null when no rule applies. `target` is asked for only when there are rules. */
export async function approvalNeeded(db: Db, target: () => Promise<LaunchTarget>): Promise<string | null> {
  const rules = await listApprovalRules(db);
  if (rules.length === 0) return null;
  const reasons = approvalReasons(rules, await target());
  return reasons.length ? reasons.join('; ') : null;
}

/** The "approval requested" event, queued in the transaction that records the launch. */
export async function notifyApprovalRequested(tx: Db, launch: LaunchRow, now: Date): Promise<void> {
  await enqueueNotification(tx, event('approval.requested', launch, {}, launch.created_by_username, launch.approval_reason ?? undefined, now), now);
}

/**
 * Approve or reject a launch awaiting approval, with a comment. Never by the operator who
 * requested it (the two-person rule), never twice: the first decision wins, on any replica.
 * Approved, the dispatcher sends it as it was reviewed; rejected, its batches are skipped and
 * their sealed secrets erased, so it can never be sent.
 */
export async function decideLaunch(
  deps: { db: Db; wake?: () => void; now?: Date },
  user: SessionUser,
  input: { launchId: string; decision: 'approve' | 'reject'; comment: string },
): Promise<{ state: 'approved' | 'rejected' }> {
  const now = deps.now ?? new Date();
  const comment = input.comment.trim();
  if (input.decision === 'reject' && comment === '') throw invalid('Comment: say why it is rejected, so the requester knows what to change.', { comment: ['Say why it is rejected.'] });
  const outcome = await withLaunchLocked(
    deps.db,
    input.launchId,
    async (tx, launch) => {
      if (launch.approval_state === null) throw new AppError('CONFLICT', 409, 'This launch does not need approval.');
      if (launch.created_by === user.userId) throw new AppError('FORBIDDEN', 403, 'You requested this launch: another operator must approve or reject it.');
      if (launch.approval_state !== 'requested') throw new AppError('CONFLICT', 409, `This launch was already ${launch.approval_state}${launch.approval_by ? ` by ${launch.approval_by}` : ''}.`);
      if (launch.approval_expires_at && launch.approval_expires_at < now.toISOString()) {
        await expire(tx, launch, now);
        throw new AppError('CONFLICT', 409, 'This request expired (24 hours) and was not sent. Launch it again if it is still wanted.');
      }
      const state = input.decision === 'approve' ? 'approved' : 'rejected';
      if (!(await decideApproval(tx, launch, { state, by: user.username, comment: comment || null }, now))) throw new AppError('CONFLICT', 409, 'Someone decided this launch a moment ago. Reload the page.');
      if (state === 'rejected') {
        await haltLaunch(tx, launch, `Rejected by ${user.username}: ${comment}`, now, false, 'Rejected');
        await enqueueNotification(tx, event('launch.rejected', launch, await instanceStatusCounts(tx, launch.id), user.username, comment, now), now);
      }
      await writeAudit(tx, { actor: user, action: state === 'approved' ? 'launch.approve' : 'launch.reject', target: launch.id, detail: { command: launch.command_name, region: launch.region_id, requestedBy: launch.created_by_username, ...(comment && { comment }) } }, now);
      return state;
    },
    { wait: true },
  );
  if (!outcome) throw notFound('Launch');
  if (outcome === 'approved') deps.wake?.();
  return { state: outcome };
}

/** Requests nobody decided within their time: never sent, their secrets erased. Housekeeping runs it. */
export async function expireApprovalRequests(db: Db, now = new Date()): Promise<number> {
  let expired = 0;
  for (const launchId of await expiredApprovalRequests(db, now)) {
    const done = await withLaunchLocked(db, launchId, async (tx, launch) => (launch.approval_state === 'requested' ? expire(tx, launch, now) : false), { wait: true });
    if (done) expired += 1;
  }
  return expired;
}

async function expire(tx: Db, launch: LaunchRow, now: Date): Promise<boolean> {
  if (!(await decideApproval(tx, launch, { state: 'expired', by: null, comment: null }, now))) return false;
  await haltLaunch(tx, launch, 'Not approved within 24 hours', now, false, 'Rejected');
  await writeAudit(tx, { actor: null, action: 'launch.approval-expired', target: launch.id, detail: { command: launch.command_name, requestedBy: launch.created_by_username } }, now);
  return true;
}

function event(kind: NotificationEvent['kind'], launch: LaunchRow, counts: Record<string, number>, actor: string, comment: string | undefined, now: Date): NotificationEvent {
  return { kind, dedupeKey: `launch:${launch.id}:${kind}`, at: now.toISOString(), launch: launchFacts(launch), counts, actor, ...(comment && { comment }) };
}

export async function addApprovalRule(db: Db, user: SessionUser, input: ApprovalRuleInput, now = new Date()): Promise<void> {
  const row = {
    id: randomUUID(),
    region_id: input.regionId || null,
    min_instances: input.minInstances ?? null,
    tag_key: input.tagKey || null,
    tag_value: input.tagKey ? input.tagValue : null,
    created_by_username: user.username,
    created_at: now.toISOString(),
  };
  await insertApprovalRule(db, row);
  const rule = { id: row.id, regionId: row.region_id, minInstances: row.min_instances, tagKey: row.tag_key, tagValue: row.tag_value };
  await writeAudit(db, { actor: user, action: 'approval-rule.create', target: row.id, detail: { rule: describeRule(rule) } }, now);
}

export async function removeApprovalRule(db: Db, user: SessionUser, id: string, now = new Date()): Promise<void> {
  const removed = await deleteApprovalRule(db, id);
  if (!removed) throw notFound('Approval rule');
  const rule = { id, regionId: removed.region_id, minInstances: removed.min_instances, tagKey: removed.tag_key, tagValue: removed.tag_value };
  await writeAudit(db, { actor: user, action: 'approval-rule.delete', target: id, detail: { rule: describeRule(rule) } }, now);
}
