import { type Kysely, sql } from 'kysely';

/**
 * The launch engine: a launch is recorded, then dispatched in the background by whichever
 * replica claims its batches (a lease each), within its rate control; a server-side observer
 * keeps per-instance statuses that pages read as deltas (`change_seq`); the daily quota is a
 * counter taken atomically; leases let one replica at a time do region-wide work.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('launches')
    .addColumn('change_seq', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
  // Rate control, as AWS Run Command and OOS offer it: a concurrency and an error threshold.
  await db.schema.alterTable('launches').addColumn('rate_control', 'text').execute();
  await db.schema.alterTable('launches').addColumn('halt_reason', 'text').execute();
  // What each batch sends, secrets left out (they travel encrypted, per batch).
  await db.schema.alterTable('launches').addColumn('request_template', 'text').execute();
  await db.schema.alterTable('launches').addColumn('secrets_expire_at', 'varchar(30)').execute();
  // Set when an operator stops the launch: a batch already on its way is stopped once it lands.
  await db.schema.alterTable('launches').addColumn('stopped_at', 'varchar(30)').execute();

  await db.schema.alterTable('launch_batches').addColumn('lease_owner', 'varchar(64)').execute();
  await db.schema.alterTable('launch_batches').addColumn('lease_until', 'varchar(30)').execute();
  await db.schema.alterTable('launch_batches').addColumn('not_before', 'varchar(30)').execute();
  await db.schema.alterTable('launch_batches').addColumn('secret_box', 'text').execute();
  // When the batch's instances were checked just before sending; from then on `instance_ids`
  // is what it sends, so a resend after a crash repeats the same request under its ClientToken.
  await db.schema.alterTable('launch_batches').addColumn('checked_at', 'varchar(30)').execute();
  await db.schema.alterTable('launch_batches').addColumn('change_seq', 'integer', (col) => col.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('launch_batches').addColumn('observe_at', 'varchar(30)').execute();
  await db.schema.alterTable('launch_batches').addColumn('observe_delay_ms', 'integer', (col) => col.notNull().defaultTo(0)).execute();
  await db.schema.createIndex('launch_batches_dispatch').on('launch_batches').columns(['status', 'not_before']).execute();
  await db.schema.createIndex('launch_batches_observe').on('launch_batches').columns(['region_id', 'observe_at']).execute();

  await db.schema
    .createTable('launch_instances')
    .addColumn('launch_id', 'varchar(36)', (col) => col.notNull().references('launches.id').onDelete('cascade'))
    .addColumn('instance_id', 'varchar(64)', (col) => col.notNull())
    .addColumn('batch_index', 'integer', (col) => col.notNull())
    .addColumn('status', 'varchar(20)', (col) => col.notNull())
    .addColumn('exit_code', 'integer')
    .addColumn('error_code', 'varchar(100)', (col) => col.notNull().defaultTo(''))
    .addColumn('error_info', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('repeats', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('start_time', 'varchar(30)')
    .addColumn('finish_time', 'varchar(30)')
    .addColumn('stop_time', 'varchar(30)')
    .addColumn('dropped', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('change_seq', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('launch_instances_pk', ['launch_id', 'instance_id'])
    .execute();
  await db.schema.createIndex('launch_instances_changes').on('launch_instances').columns(['launch_id', 'change_seq']).execute();

  await db.schema
    .createTable('leases')
    .addColumn('name', 'varchar(120)', (col) => col.primaryKey())
    .addColumn('owner', 'varchar(64)', (col) => col.notNull())
    .addColumn('until', 'varchar(30)', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('quota_usage')
    .addColumn('region_id', 'varchar(40)', (col) => col.notNull())
    .addColumn('day', 'varchar(10)', (col) => col.notNull())
    .addColumn('used', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('quota_usage_pk', ['region_id', 'day'])
    .execute();

  // InvokeIds made elsewhere, as last read: every viewer and replica shares one read per interval.
  await db.schema
    .createTable('invocation_cache')
    .addColumn('invoke_id', 'varchar(64)', (col) => col.primaryKey())
    .addColumn('region_id', 'varchar(40)', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('fetched_at', 'varchar(30)', (col) => col.notNull())
    .execute();

  await backfill(db);
}

interface OldBatch {
  launch_id: string;
  batch_index: number;
  instance_ids: string;
  snapshot: string | null;
  status: string;
  invocation_status: string | null;
}

interface OldInstance {
  instanceId: string;
  status: string;
  exitCode: number | null;
  errorCode: string;
  errorInfo: string;
  repeats: number;
  startTime: string | null;
  finishTime: string | null;
  stopTime: string | null;
  dropped: number;
}

/**
 * Launches made before the engine keep what they showed: one instance row per instance from
 * each batch's last snapshot (or the batch's own state), and unfinished InvokeIds are handed
 * to the observer at once.
 */
async function backfill(db: Kysely<unknown>): Promise<void> {
  const batches = (await sql<OldBatch>`SELECT launch_id, batch_index, instance_ids, snapshot, status, invocation_status FROM launch_batches`.execute(db)).rows;
  const now = new Date().toISOString();
  for (const batch of batches) {
    const seen = new Map<string, OldInstance>();
    if (batch.snapshot) {
      for (const instance of (JSON.parse(batch.snapshot) as { instances?: OldInstance[] }).instances ?? []) seen.set(instance.instanceId, instance);
    }
    const fallback = batch.status === 'failed' ? 'NotSent' : batch.status === 'pending' ? 'Sending' : (batch.invocation_status ?? 'Pending');
    for (const instanceId of JSON.parse(batch.instance_ids) as string[]) {
      const instance = seen.get(instanceId);
      await sql`INSERT INTO launch_instances (launch_id, instance_id, batch_index, status, exit_code, error_code, error_info, repeats, start_time, finish_time, stop_time, dropped, change_seq)
        VALUES (${batch.launch_id}, ${instanceId}, ${batch.batch_index}, ${instance?.status ?? fallback}, ${instance?.exitCode ?? null}, ${instance?.errorCode ?? ''},
          ${instance?.errorInfo ?? ''}, ${instance?.repeats ?? 0}, ${instance?.startTime ?? null}, ${instance?.finishTime ?? null}, ${instance?.stopTime ?? null}, ${instance?.dropped ?? 0}, 0)
        ON CONFLICT DO NOTHING`.execute(db);
    }
  }
  await sql`UPDATE launch_batches SET observe_at = ${now} WHERE status = 'sent' AND invoke_id IS NOT NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['invocation_cache', 'quota_usage', 'leases', 'launch_instances']) await db.schema.dropTable(table).execute();
  await db.schema.dropIndex('launch_batches_observe').execute();
  await db.schema.dropIndex('launch_batches_dispatch').execute();
  for (const column of ['observe_delay_ms', 'observe_at', 'change_seq', 'checked_at', 'secret_box', 'not_before', 'lease_until', 'lease_owner']) {
    await db.schema.alterTable('launch_batches').dropColumn(column).execute();
  }
  for (const column of ['stopped_at', 'secrets_expire_at', 'request_template', 'halt_reason', 'rate_control', 'change_seq']) {
    await db.schema.alterTable('launches').dropColumn(column).execute();
  }
}
