import { type Kysely } from 'kysely';

/**
 * A launch is what an operator submitted once; it is sent as one or more batches, each its
 * own InvokeCommand with its own ClientToken, and each yielding one InvokeId.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('launches')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('created_at', 'varchar(30)', (col) => col.notNull())
    .addColumn('created_by', 'varchar(36)', (col) => col.notNull())
    .addColumn('created_by_username', 'varchar(32)', (col) => col.notNull())
    .addColumn('region_id', 'varchar(40)', (col) => col.notNull())
    .addColumn('command_id', 'varchar(64)', (col) => col.notNull())
    .addColumn('command_name', 'varchar(128)', (col) => col.notNull())
    .addColumn('command_type', 'varchar(32)', (col) => col.notNull())
    .addColumn('repeat_mode', 'varchar(20)', (col) => col.notNull())
    .addColumn('frequency', 'varchar(200)')
    .addColumn('instance_count', 'integer', (col) => col.notNull())
    .addColumn('batch_count', 'integer', (col) => col.notNull())
    // The draft with every secret value blanked: enough to run it again, nothing to leak.
    .addColumn('draft', 'text', (col) => col.notNull())
    .addColumn('send_status', 'varchar(16)', (col) => col.notNull())
    .addColumn('status', 'varchar(20)', (col) => col.notNull())
    .addColumn('status_updated_at', 'varchar(30)')
    .addColumn('preset_id', 'varchar(36)')
    .execute();
  for (const column of ['status', 'region_id', 'command_id', 'created_by', 'repeat_mode'] as const) {
    await db.schema.createIndex(`launches_${column}_created`).on('launches').columns([column, 'created_at', 'id']).execute();
  }
  await db.schema.createIndex('launches_created').on('launches').columns(['created_at', 'id']).execute();

  await db.schema
    .createTable('launch_batches')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('launch_id', 'varchar(36)', (col) => col.notNull().references('launches.id').onDelete('cascade'))
    .addColumn('batch_index', 'integer', (col) => col.notNull())
    .addColumn('region_id', 'varchar(40)', (col) => col.notNull())
    .addColumn('client_token', 'varchar(64)', (col) => col.notNull().unique())
    .addColumn('instance_ids', 'text', (col) => col.notNull())
    .addColumn('status', 'varchar(16)', (col) => col.notNull())
    .addColumn('invoke_id', 'varchar(64)')
    .addColumn('request_id', 'varchar(64)')
    .addColumn('error_code', 'varchar(100)')
    .addColumn('error_message', 'text')
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('sent_at', 'varchar(30)')
    .addColumn('updated_at', 'varchar(30)', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('launch_batches_launch').on('launch_batches').columns(['launch_id', 'batch_index']).unique().execute();
  await db.schema.createIndex('launch_batches_invoke').on('launch_batches').column('invoke_id').execute();
  await db.schema.createIndex('launch_batches_quota').on('launch_batches').columns(['region_id', 'sent_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('launch_batches').execute();
  await db.schema.dropTable('launches').execute();
}
