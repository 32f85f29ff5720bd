import 'server-only';

import { type SessionUser } from '@/lib/auth/sessions';
import { decideApproval } from '@/lib/db/approvals';
import { writeAudit } from '@/lib/db/audit';
import { type Db } from '@/lib/db/client';
import { withLaunchLocked } from '@/lib/db/launch-dispatch';
import { liveBatches, observeSoon } from '@/lib/db/launch-observe';
import { type BatchRow, findBatchByInvokeId, findLaunch, type LaunchRow } from '@/lib/db/launches';
import { type EcsClient, EcsError, STOP_INSTANCES_MAX } from '@/lib/ecs';
import { AppError, notFound } from '@/lib/errors';

import { haltLaunch } from './dispatch-record';
import { isTerminal } from './status';

interface StopContext {
  db: Db;
  ecs: EcsClient;
  now?: Date;
}

/** StopInvocation on all of an InvokeId's instances, or on the given ones in calls of at most 50. */
async function stopOne(ecs: EcsClient, region: string, invokeId: string, instanceIds: readonly string[] | undefined): Promise<void> {
  if (!instanceIds) {
    await ecs.stopInvocation(region, invokeId);
    return;
  }
  for (let start = 0; start < instanceIds.length; start += STOP_INSTANCES_MAX) {
    await ecs.stopInvocation(region, invokeId, instanceIds.slice(start, start + STOP_INSTANCES_MAX));
  }
}

/** Stop one InvokeId (ours or launched elsewhere) on all or some of its instances. */
export async function stopInvokeId(
  { db, ecs, now = new Date() }: StopContext,
  user: SessionUser,
  input: { region: string; invokeId: string; instanceIds?: string[] | undefined },
): Promise<{ stopped: number | 'all' }> {
  const batch = await findBatchByInvokeId(db, input.invokeId);
  const region = batch?.region_id ?? input.region;
  await stopOne(ecs, region, input.invokeId, input.instanceIds);
  // Any operator may stop an InvokeId made outside InvokeDeck (SECURITY.md says why); such a stop is marked as one.
  await writeAudit(db, { actor: user, action: 'invocation.stop', target: input.invokeId, detail: { region, instances: input.instanceIds?.length ?? 'all', ...(batch ? {} : { foreign: true }) } });
  // The observer shows Stopped at its next pass, for every viewer.
  if (batch) await observeSoon(db, [batch.id], now);
  return { stopped: input.instanceIds?.length ?? 'all' };
}

/** StopInvocation for InvokeIds of a launch that were sent after it was stopped (the dispatcher calls it). */
export async function stopBatchesOf(db: Db, ecs: EcsClient, launch: LaunchRow, invokeIds: readonly string[]): Promise<void> {
  for (const invokeId of invokeIds) await stopOne(ecs, launch.region_id, invokeId, undefined);
  const batches = (await liveBatches(db, launch.id)).filter((batch) => batch.invoke_id && invokeIds.includes(batch.invoke_id));
  await observeSoon(db, batches.map((batch) => batch.id), new Date());
}

/**
 * Stop a whole launch: batches not sent yet are not sent (a batch on its way is stopped when
 * it lands), and every InvokeId still running or scheduled gets StopInvocation, for all or
 * only the given instances. Every InvokeId is tried even when one fails; the error then says
 * which were stopped and which were not.
 */
export async function stopLaunchBatches(
  { db, ecs, now = new Date() }: StopContext,
  user: SessionUser,
  input: { launchId: string; instanceIds?: string[] | undefined },
): Promise<{ invokeIds: string[]; instances: number; notSent: number }> {
  const launch = await findLaunch(db, input.launchId);
  if (!launch) throw notFound('That launch');
  const notSent = input.instanceIds
    ? 0
    : ((await withLaunchLocked(
        db,
        launch.id,
        async (tx, locked) => {
          // Stopped while awaiting approval: the request is withdrawn, so nobody is asked to decide it any more.
          if (locked.approval_state === 'requested') await decideApproval(tx, locked, { state: 'rejected', by: user.username, comment: 'Stopped before it was approved.' }, now);
          return haltLaunch(tx, locked, `Stopped by ${user.username} before it was sent.`, now, true);
        },
        { wait: true },
      )) ?? 0);

  const wanted = input.instanceIds ? new Set(input.instanceIds) : null;
  const targets: { batch: BatchRow; invokeId: string; instanceIds: string[] | undefined; count: number }[] = [];
  for (const batch of await liveBatches(db, launch.id)) {
    if (!batch.invoke_id || (batch.invocation_status && isTerminal(batch.invocation_status))) continue;
    const ids = JSON.parse(batch.instance_ids) as string[];
    const chosen = wanted ? ids.filter((id) => wanted.has(id)) : undefined;
    if (chosen && chosen.length === 0) continue;
    targets.push({ batch, invokeId: batch.invoke_id, instanceIds: chosen, count: chosen?.length ?? ids.length });
  }
  if (targets.length === 0 && notSent === 0) throw new AppError('NOTHING_TO_STOP', 409, 'Nothing of this launch is still running, scheduled or waiting to be sent.');

  const stopped: typeof targets = [];
  const failures: { invokeId: string; error: unknown }[] = [];
  for (const target of targets) {
    try {
      await stopOne(ecs, launch.region_id, target.invokeId, target.instanceIds);
      stopped.push(target);
    } catch (error) {
      failures.push({ invokeId: target.invokeId, error });
    }
  }
  const instances = stopped.reduce((sum, target) => sum + target.count, 0);
  await writeAudit(db, {
    actor: user,
    action: 'launch.stop',
    target: launch.id,
    detail: { region: launch.region_id, invokeIds: stopped.map((target) => target.invokeId), instances, batchesNotSent: notSent, failed: failures.map((failure) => failure.invokeId) },
  });
  await observeSoon(db, targets.map((target) => target.batch.id), now);

  const first = failures[0];
  if (first) {
    const reason = first.error instanceof EcsError ? `${first.error.code}: ${first.error.message}` : 'the ECS API did not answer';
    const done = stopped.length ? `Stopped ${stopped.map((target) => target.invokeId).join(', ')}; ` : '';
    throw new AppError(
      first.error instanceof EcsError ? first.error.code : 'STOP_FAILED',
      first.error instanceof EcsError ? first.error.status : 502,
      `${done}could not stop ${failures.map((failure) => failure.invokeId).join(', ')} (${reason}). Try again: stopping twice is harmless.`,
    );
  }
  return { invokeIds: stopped.map((target) => target.invokeId), instances, notSent };
}
