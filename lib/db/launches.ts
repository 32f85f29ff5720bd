import 'server-only';

import { type Db } from './client';
import { type BatchStatus, type LaunchBatchesTable, type LaunchesTable, type SendStatus } from './schema';

export type LaunchRow = LaunchesTable;
export type BatchRow = LaunchBatchesTable;
export type NewLaunch = Omit<LaunchRow, 'send_status' | 'status' | 'status_updated_at'>;
export type NewBatch = Pick<BatchRow, 'id' | 'batch_index' | 'client_token' | 'instance_ids'>;

/** Record a launch and its batches, all pending, before anything is sent. */
export async function insertLaunch(db: Db, launch: NewLaunch, batches: NewBatch[]): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('launches')
      .values({ ...launch, send_status: 'sending', status: 'Pending', status_updated_at: null })
      .execute();
    if (batches.length === 0) return;
    await tx
      .insertInto('launch_batches')
      .values(
        batches.map((batch) => ({
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
        })),
      )
      .execute();
  });
}

export async function recordBatchOutcome(
  db: Db,
  batchId: string,
  outcome:
    | { status: Extract<BatchStatus, 'sent'>; invokeId: string; requestId: string | null }
    | { status: Extract<BatchStatus, 'failed'>; errorCode: string; errorMessage: string; requestId: string | null },
  now = new Date(),
): Promise<void> {
  const at = now.toISOString();
  await db
    .updateTable('launch_batches')
    .set((eb) => ({
      status: outcome.status,
      request_id: outcome.requestId,
      invoke_id: outcome.status === 'sent' ? outcome.invokeId : null,
      error_code: outcome.status === 'failed' ? outcome.errorCode : null,
      error_message: outcome.status === 'failed' ? outcome.errorMessage : null,
      sent_at: outcome.status === 'sent' ? at : null,
      attempts: eb('attempts', '+', 1),
      updated_at: at,
    }))
    .where('id', '=', batchId)
    .execute();
}

/** Derive the launch's send status from its batches once sending is over. */
export async function settleSendStatus(db: Db, launchId: string): Promise<SendStatus> {
  const batches = await db.selectFrom('launch_batches').select('status').where('launch_id', '=', launchId).execute();
  const sent = batches.filter((batch) => batch.status === 'sent').length;
  const pending = batches.some((batch) => batch.status === 'pending');
  const sendStatus: SendStatus = pending ? 'sending' : sent === batches.length ? 'sent' : sent === 0 ? 'failed' : 'partial';
  await db.updateTable('launches').set({ send_status: sendStatus }).where('id', '=', launchId).execute();
  return sendStatus;
}

export async function saveBatchSnapshot(db: Db, batchId: string, invocationStatus: string, snapshot: string | null, now = new Date()): Promise<void> {
  await db
    .updateTable('launch_batches')
    .set({ invocation_status: invocationStatus, ...(snapshot !== null ? { snapshot, snapshot_at: now.toISOString() } : {}) })
    .where('id', '=', batchId)
    .execute();
}

export async function updateLaunchStatus(db: Db, launchId: string, status: string, now = new Date()): Promise<void> {
  await db.updateTable('launches').set({ status, status_updated_at: now.toISOString() }).where('id', '=', launchId).execute();
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

/** InvokeCommand calls that created an invocation in this region since the start of the UTC day. */
export async function countInvocationsToday(db: Db, regionId: string, now = new Date()): Promise<number> {
  const dayStart = `${now.toISOString().slice(0, 10)}T00:00:00.000Z`;
  const row = await db
    .selectFrom('launch_batches')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('region_id', '=', regionId)
    .where('sent_at', '>=', dayStart)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
