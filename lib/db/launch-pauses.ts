import 'server-only';

import { type Db } from './client';
import { type LaunchPausesTable } from './schema';

export type PauseRow = LaunchPausesTable;

/** Record that a launch reached a pause; false when it was recorded already (another dispatcher, a second pass). */
export async function insertPause(tx: Db, launchId: string, beforeBatch: number, now: Date): Promise<boolean> {
  const result = await tx
    .insertInto('launch_pauses')
    .values({ launch_id: launchId, before_batch: beforeBatch, reached_at: now.toISOString(), resumed_by: null, resumed_at: null, aborted_by: null, aborted_at: null })
    .onConflict((oc) => oc.columns(['launch_id', 'before_batch']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** A launch's pauses reached so far, in batch order. */
export function listPauses(db: Db, launchId: string): Promise<PauseRow[]> {
  return db.selectFrom('launch_pauses').selectAll().where('launch_id', '=', launchId).orderBy('before_batch').execute();
}

/** The pause a launch waits at now (reached, neither resumed nor aborted), if any. */
export function findOpenPause(db: Db, launchId: string): Promise<PauseRow | undefined> {
  return db.selectFrom('launch_pauses').selectAll().where('launch_id', '=', launchId).where('resumed_at', 'is', null).where('aborted_at', 'is', null).executeTakeFirst();
}

/** Close a pause as resumed or aborted by `by`; false when someone closed it first. */
export async function closePause(tx: Db, launchId: string, beforeBatch: number, how: 'resumed' | 'aborted', by: string, now: Date): Promise<boolean> {
  const at = now.toISOString();
  const result = await tx
    .updateTable('launch_pauses')
    .set(how === 'resumed' ? { resumed_by: by, resumed_at: at } : { aborted_by: by, aborted_at: at })
    .where('launch_id', '=', launchId)
    .where('before_batch', '=', beforeBatch)
    .where('resumed_at', 'is', null)
    .where('aborted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Whether a person aborted the launch at a pause (its end is then told as an abort, not a halt). */
export async function hasAbortedPause(db: Db, launchId: string): Promise<boolean> {
  const row = await db.selectFrom('launch_pauses').select('launch_id').where('launch_id', '=', launchId).where('aborted_at', 'is not', null).executeTakeFirst();
  return row !== undefined;
}
