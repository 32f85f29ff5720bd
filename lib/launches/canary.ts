import 'server-only';

import { type SessionUser } from '@/lib/auth/sessions';
import { writeAudit } from '@/lib/db/audit';
import { type Db } from '@/lib/db/client';
import { instanceStatusCounts, withLaunchLocked } from '@/lib/db/launch-dispatch';
import { closePause, findOpenPause, insertPause, listPauses, type PauseRow } from '@/lib/db/launch-pauses';
import { bumpLaunch, listBatches, type LaunchRow, updateLaunchStatus } from '@/lib/db/launches';
import { AppError, notFound } from '@/lib/errors';
import { enqueueNotification, launchFacts } from '@/lib/notify/enqueue';
import { type EventKind } from '@/lib/notify/events';

import { canaryResults, type CanaryResults, type LaunchPauseView } from './canary-view';
import { haltLaunch } from './dispatch-record';
import { settleLaunch } from './settle';

/**
 * Canary batches (OOS's FirstBatchPause / EveryBatchPause): the dispatcher records a pause when
 * the batches before it are done, and sends nothing past it until an operator resumes it here;
 * an abort sends none of the rest. Both run under the launch's lock, so when two people (or
 * two replicas) act at once the first wins and the second is told who did.
 */

/** The dispatcher reached a pause (within its claim transaction): recorded once, audited, told. */
export async function recordPause(tx: Db, launch: LaunchRow, beforeBatch: number, now: Date): Promise<void> {
  if (!(await insertPause(tx, launch.id, beforeBatch, now))) return;
  await bumpLaunch(tx, launch.id, now);
  await updateLaunchStatus(tx, launch.id, 'Paused');
  const counts = await instanceStatusCounts(tx, launch.id);
  const results = await resultsAt(tx, launch.id, counts, beforeBatch);
  await writeAudit(tx, { actor: null, action: 'launch.pause', target: launch.id, detail: { afterBatch: beforeBatch, ...results } }, now);
  await enqueueNotification(tx, event('launch.paused', launch, counts, beforeBatch, undefined, now), now);
}

/** Send the batches after the pause the launch waits at (up to its next pause). Operators and admins, any of them. */
export async function resumeLaunch(deps: { db: Db; wake?: () => void; now?: Date }, user: SessionUser, input: { launchId: string }): Promise<{ resumed: number }> {
  const now = deps.now ?? new Date();
  const outcome = await atOpenPause(deps.db, input.launchId, 'resumed', user, now, async (tx, launch, pause) => {
    const results = await resultsAt(tx, launch.id, await instanceStatusCounts(tx, launch.id), pause.before_batch);
    await bumpLaunch(tx, launch.id, now);
    await settleLaunch(tx, launch.id);
    await writeAudit(tx, { actor: user, action: 'launch.resume', target: launch.id, detail: { afterBatch: pause.before_batch, ...results } }, now);
    return pause.before_batch;
  });
  deps.wake?.();
  return { resumed: outcome };
}

/** Send none of the rest: every unsent batch is skipped (its sealed secrets erased), as the error threshold does. */
export async function abortLaunch(deps: { db: Db; now?: Date }, user: SessionUser, input: { launchId: string }): Promise<{ notSent: number }> {
  const now = deps.now ?? new Date();
  const outcome = await atOpenPause(deps.db, input.launchId, 'aborted', user, now, async (tx, launch, pause) => {
    const before = await instanceStatusCounts(tx, launch.id);
    const results = await resultsAt(tx, launch.id, before, pause.before_batch);
    const notSent = await haltLaunch(tx, launch, `Aborted by ${user.username} after batch ${pause.before_batch}: the remaining ${results.remaining} instances were not sent.`, now, false, 'Aborted');
    await writeAudit(tx, { actor: user, action: 'launch.abort', target: launch.id, detail: { afterBatch: pause.before_batch, batchesNotSent: notSent, ...results } }, now);
    await enqueueNotification(tx, event('launch.aborted', launch, await instanceStatusCounts(tx, launch.id), pause.before_batch, user.username, now), now);
    return notSent;
  });
  return { notSent: outcome };
}

/** A launch's pauses as its page shows them. */
export async function readPauses(db: Db, launchId: string): Promise<LaunchPauseView[]> {
  return (await listPauses(db, launchId)).map(pauseView);
}

export function pauseView(row: PauseRow): LaunchPauseView {
  return { beforeBatch: row.before_batch, reachedAt: row.reached_at, resumedBy: row.resumed_by, resumedAt: row.resumed_at, abortedBy: row.aborted_by, abortedAt: row.aborted_at };
}

/** Under the launch's lock: close the pause it waits at as `how` (refused when none is open, or someone closed it first), then `work`. */
async function atOpenPause<T>(db: Db, launchId: string, how: 'resumed' | 'aborted', user: SessionUser, now: Date, work: (tx: Db, launch: LaunchRow, pause: PauseRow) => Promise<T>): Promise<T> {
  const outcome = await withLaunchLocked(
    db,
    launchId,
    async (tx, launch) => {
      const pause = await openPauseOrRefuse(tx, launch.id);
      if (!(await closePause(tx, launch.id, pause.before_batch, how, user.username, now))) throw raced();
      return { value: await work(tx, launch, pause) };
    },
    { wait: true },
  );
  if (outcome === null) throw notFound('Launch');
  return outcome.value;
}

async function openPauseOrRefuse(tx: Db, launchId: string): Promise<PauseRow> {
  const open = await findOpenPause(tx, launchId);
  if (open && (await listBatches(tx, launchId)).some((batch) => batch.status === 'pending')) return open;
  // Say who acted first, so the second person knows the launch went on (or did not) without them.
  const last = (await listPauses(tx, launchId)).at(-1);
  if (last?.resumed_by) throw new AppError('CONFLICT', 409, `This launch is not paused: ${last.resumed_by} resumed it at ${clock(last.resumed_at)}.`);
  if (last?.aborted_by) throw new AppError('CONFLICT', 409, `This launch is not paused: ${last.aborted_by} aborted it at ${clock(last.aborted_at)}.`);
  throw new AppError('CONFLICT', 409, 'This launch is not paused, so there is nothing to resume or abort.');
}

const clock = (iso: string | null) => (iso ? `${iso.slice(11, 16)} UTC` : 'a moment ago');

const raced = () => new AppError('CONFLICT', 409, 'Someone resumed or aborted this launch a moment ago. Reload the page.');

async function resultsAt(tx: Db, launchId: string, counts: Record<string, number>, beforeBatch: number): Promise<CanaryResults> {
  const batches = (await listBatches(tx, launchId)).map((batch) => ({ index: batch.batch_index, status: batch.status, instanceCount: (JSON.parse(batch.instance_ids) as string[]).length }));
  return canaryResults(batches, counts, beforeBatch);
}

function event(kind: EventKind, launch: LaunchRow, counts: Record<string, number>, beforeBatch: number, actor: string | undefined, now: Date) {
  return { kind, dedupeKey: `launch:${launch.id}:${kind}:${beforeBatch}`, at: now.toISOString(), launch: launchFacts(launch, kind === 'launch.paused' ? 'Paused' : launch.status), counts, ...(actor && { actor }) };
}
