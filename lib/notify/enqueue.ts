import 'server-only';

import { randomUUID } from 'node:crypto';

import { type Db } from '@/lib/db/client';
import { type LaunchRow } from '@/lib/db/launches';
import { instanceStatusCounts } from '@/lib/db/launch-dispatch';
import { hasAbortedPause } from '@/lib/db/launch-pauses';
import { insertDeliveries, insertEvent, webhooksFor } from '@/lib/db/notify';
import { isTerminal } from '@/lib/launches/status';

import { finishKind, type LaunchFacts, type NotificationEvent } from './events';

/**
 * Put an event in the outbox, within the caller's transaction: one delivery row per webhook
 * that should hear of it, so the event is sent if and only if the change that caused it
 * commits. An event whose dedupe key was recorded already adds nothing. Returns how many
 * deliveries it queued. The approvals work calls this for `launch.rejected` and
 * `approval.requested`.
 */
export async function enqueueNotification(tx: Db, event: NotificationEvent, now = new Date()): Promise<number> {
  const webhooks = await webhooksFor(tx, event.kind, event.launch.id, event.launch.presetId);
  if (webhooks.length === 0) return 0;
  const eventId = randomUUID();
  const at = now.toISOString();
  const recorded = await insertEvent(tx, { id: eventId, kind: event.kind, dedupe_key: event.dedupeKey.slice(0, 200), launch_id: event.launch.id, payload: JSON.stringify(event), created_at: at });
  if (!recorded) return 0;
  await insertDeliveries(
    tx,
    webhooks.map((webhook) => ({
      id: randomUUID(),
      event_id: eventId,
      webhook_id: webhook.id,
      webhook_name: webhook.name,
      launch_id: event.launch.id,
      status: 'pending' as const,
      attempts: 0,
      next_attempt_at: at,
      lease_owner: null,
      lease_until: null,
      last_status_code: null,
      last_error: null,
      created_at: at,
      updated_at: at,
      delivered_at: null,
    })),
  );
  return webhooks.length;
}

/** A launch's status before the writer settles it again (settleLaunch reads it first). */
export async function statusBeforeSettle(tx: Db, launchId: string): Promise<string | null> {
  const row = await tx.selectFrom('launches').select('status').where('id', '=', launchId).executeTakeFirst();
  return row?.status ?? null;
}

/**
 * Called by settleLaunch in the writer's transaction: when the launch's aggregate status has
 * just become final (it was not before), queue the "launch finished" event. Writers lock the
 * launch row first (bumpLaunch), so two of them cannot both see the same transition.
 */
export async function notifyIfFinished(tx: Db, launchId: string, previous: string | null, status: string, now = new Date()): Promise<void> {
  if (previous === null || isTerminal(previous) || !isTerminal(status)) return;
  const launch = await tx.selectFrom('launches').selectAll().where('id', '=', launchId).executeTakeFirst();
  // A rejection is told by the approvals work itself (launch.rejected, with the comment).
  if (!launch || launch.approval_state === 'rejected') return;
  const kind = finishKind({ status, stoppedAt: launch.stopped_at, haltReason: launch.halt_reason, approvalState: launch.approval_state });
  // An abort at a canary's pause is told by the abort itself (launch.aborted, with who).
  if (kind === 'launch.halted' && (await hasAbortedPause(tx, launchId))) return;
  const facts = launchFacts(launch, status);
  const counts = await instanceStatusCounts(tx, launchId);
  // A resent batch can finish the launch again later: that is a new event (a new change number).
  await enqueueNotification(tx, { kind, dedupeKey: `launch:${launchId}:${kind}:${launch.change_seq}`, at: now.toISOString(), launch: facts, counts }, now);
}

/** The facts an event carries about a launch (nothing secret): for the approvals work's events too. */
export function launchFacts(launch: LaunchRow, status = launch.status): LaunchFacts {
  return {
    id: launch.id,
    regionId: launch.region_id,
    commandName: launch.command_name,
    commandId: launch.command_id,
    repeatMode: launch.repeat_mode,
    status,
    sendStatus: launch.send_status,
    instanceCount: launch.instance_count,
    batchCount: launch.batch_count,
    createdBy: launch.created_by_username,
    createdAt: launch.created_at,
    haltReason: launch.halt_reason,
    presetId: launch.preset_id,
  };
}
