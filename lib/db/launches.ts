import 'server-only';

import { sql } from 'kysely';

import { type Db } from './client';
import { isPostgres } from './migrations/dialect';
import { type BatchStatus, type LaunchBatchesTable, type LaunchInstancesTable, type LaunchesTable, type SendStatus } from './schema';

export type LaunchRow = Omit<LaunchesTable, 'change_seq'> & { change_seq: number };
export type BatchRow = Omit<LaunchBatchesTable, 'change_seq' | 'observe_delay_ms'> & { change_seq: number; observe_delay_ms: number };
export type InstanceRow = LaunchInstancesTable;
type ApprovalColumns = 'approval_state' | 'approval_reason' | 'approval_by' | 'approval_at' | 'approval_comment' | 'approval_expires_at';
/** A launch to record; the approval columns only when it must wait for one (lib/approvals). */
export type NewLaunch = Omit<LaunchRow, 'send_status' | 'status' | 'status_updated_at' | 'change_seq' | 'halt_reason' | 'stopped_at' | ApprovalColumns> &
  Partial<Pick<LaunchRow, 'approval_state' | 'approval_reason' | 'approval_expires_at'>>;
export type NewBatch = Pick<BatchRow, 'id' | 'batch_index' | 'client_token' | 'instance_ids' | 'secret_box'>;

/** Batch rows per INSERT: far under SQLite's bound-parameter limit. */
const INSERT_CHUNK = 500;

/**
 * Record a launch, its batches (all pending) and one row per instance, in one transaction,
 * before anything is sent. False when a launch with this ID exists already (a double submit,
 * perhaps on another replica): the insert itself decides, so the check cannot be raced.
 */
export async function insertLaunch(db: Db, launch: NewLaunch, batches: NewBatch[], onInserted?: (tx: Db) => Promise<void>): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const inserted = await tx
      .insertInto('launches')
      .values({
        approval_state: null,
        approval_reason: null,
        approval_expires_at: null,
        ...launch,
        send_status: 'queued',
        status: launch.approval_state === 'requested' ? 'AwaitingApproval' : 'Pending',
        status_updated_at: null,
        change_seq: 1,
        halt_reason: null,
        stopped_at: null,
        approval_by: null,
        approval_at: null,
        approval_comment: null,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
    const batchRows = batches.map((batch) => ({
      ...batch,
      launch_id: launch.id,
      region_id: launch.region_id,
      status: 'pending' as const,
      invoke_id: null,
      request_id: null,
      error_code: null,
      error_message: null,
      attempts: 0,
      sent_at: null,
      updated_at: launch.created_at,
      invocation_status: null,
      snapshot: null,
      snapshot_at: null,
      lease_owner: null,
      lease_until: null,
      not_before: null,
      checked_at: null,
      change_seq: 1,
      observe_at: null,
      observe_delay_ms: 0,
    }));
    for (let start = 0; start < batchRows.length; start += INSERT_CHUNK) {
      await tx.insertInto('launch_batches').values(batchRows.slice(start, start + INSERT_CHUNK)).execute();
    }
    await insertQueuedInstances(
      tx,
      launch.id,
      batches.flatMap((batch) => (JSON.parse(batch.instance_ids) as string[]).map((instanceId): [string, number] => [instanceId, batch.batch_index])),
    );
    await onInserted?.(tx);
    return true;
  });
}

/**
 * One Queued row per instance, in one statement that unpacks a JSON list in the database:
 * 10,000 rows cost a few milliseconds instead of the many more that binding them as
 * parameters takes, so recording a launch stays cheap whatever its size.
 */
async function insertQueuedInstances(tx: Db, launchId: string, pairs: readonly [string, number][]): Promise<void> {
  if (pairs.length === 0) return;
  const list = JSON.stringify(pairs);
  const columns = sql`launch_id, instance_id, batch_index, status, exit_code, error_code, error_info, repeats, start_time, finish_time, stop_time, dropped, change_seq`;
  const rows = isPostgres(tx)
    ? sql`SELECT ${launchId}, e->>0, (e->>1)::integer, 'Queued', NULL, '', '', 0, NULL, NULL, NULL, 0, 1 FROM json_array_elements(${list}::json) AS e`
    : sql`SELECT ${launchId}, json_extract(value, '$[0]'), json_extract(value, '$[1]'), 'Queued', NULL, '', '', 0, NULL, NULL, NULL, 0, 1 FROM json_each(${list})`;
  await sql`INSERT INTO launch_instances (${columns}) ${rows}`.execute(tx);
}

/**
 * Take the launch's next change number. Every writer takes one in the transaction that
 * writes its rows and stamps them with it; the launch row's lock orders them, so a page that
 * asks "what changed since N" never misses a row committed later with a smaller number.
 */
export async function bumpLaunch(tx: Db, launchId: string, now = new Date()): Promise<number> {
  const row = await tx
    .updateTable('launches')
    .set((eb) => ({ change_seq: eb('change_seq', '+', 1), status_updated_at: now.toISOString() }))
    .where('id', '=', launchId)
    .returning('change_seq')
    .executeTakeFirstOrThrow();
  return row.change_seq;
}

/** Derive the launch's send status from its batches (within the writer's transaction). */
export async function settleSendStatus(tx: Db, launchId: string): Promise<SendStatus> {
  const launch = await tx.selectFrom('launches').select('halt_reason').where('id', '=', launchId).executeTakeFirst();
  const batches = await tx.selectFrom('launch_batches').select('status').where('launch_id', '=', launchId).execute();
  const count = (status: BatchStatus) => batches.filter((batch) => batch.status === status).length;
  const [sent, failed, pending, skipped] = [count('sent'), count('failed'), count('pending'), count('skipped')];
  // A skipped batch (every instance found ineligible before sending) counts neither way.
  const considered = batches.length - skipped;
  let sendStatus: SendStatus;
  if (pending) sendStatus = sent || failed ? 'sending' : 'queued';
  else if (launch?.halt_reason) sendStatus = 'halted';
  else if (sent === 0) sendStatus = 'failed';
  else sendStatus = sent === considered ? 'sent' : 'partial';
  await tx.updateTable('launches').set({ send_status: sendStatus }).where('id', '=', launchId).execute();
  return sendStatus;
}

export async function updateLaunchStatus(tx: Db, launchId: string, status: string): Promise<void> {
  await tx.updateTable('launches').set({ status }).where('id', '=', launchId).execute();
}

export function findLaunch(db: Db, id: string): Promise<LaunchRow | undefined> {
  return db.selectFrom('launches').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listBatches(db: Db, launchId: string): Promise<BatchRow[]> {
  return db.selectFrom('launch_batches').selectAll().where('launch_id', '=', launchId).orderBy('batch_index').execute();
}

export function findBatch(db: Db, batchId: string): Promise<BatchRow | undefined> {
  return db.selectFrom('launch_batches').selectAll().where('id', '=', batchId).executeTakeFirst();
}

export function findBatchByInvokeId(db: Db, invokeId: string): Promise<BatchRow | undefined> {
  return db.selectFrom('launch_batches').selectAll().where('invoke_id', '=', invokeId).executeTakeFirst();
}

/** Every instance of a launch, or only those changed after `since` (a page's last poll). */
export function listInstances(db: Db, launchId: string, since = 0): Promise<InstanceRow[]> {
  let query = db.selectFrom('launch_instances').selectAll().where('launch_id', '=', launchId);
  if (since > 0) query = query.where('change_seq', '>', since);
  return query.orderBy('batch_index').orderBy('instance_id').execute();
}

/** A launch's batches changed after `since`. */
export function listBatchesSince(db: Db, launchId: string, since: number): Promise<BatchRow[]> {
  return db.selectFrom('launch_batches').selectAll().where('launch_id', '=', launchId).where('change_seq', '>', since).orderBy('batch_index').execute();
}

/**
 * A Period launch's schedule after it was changed in place (ModifyInvocationAttribute): the
 * Frequency, and the stored draft and request template that carry it (a resend or "Run
 * again" then uses the new one). Takes a change number so polling pages see it.
 */
export async function updateLaunchSchedule(db: Db, launchId: string, change: { frequency: string; draft: string; requestTemplate: string | null }, now = new Date()): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx.updateTable('launches').set({ frequency: change.frequency, draft: change.draft, request_template: change.requestTemplate }).where('id', '=', launchId).execute();
    await bumpLaunch(tx, launchId, now);
  });
}
