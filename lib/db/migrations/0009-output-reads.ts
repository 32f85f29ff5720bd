import { type Kysely } from 'kysely';

/**
 * Grouped outputs, read once in the background: a read per scope (`launch:<id>` or
 * `invoke:<id>`) that one replica holds with a lease, and what it found, kept as groups of
 * identical (normalised) output and their members, so pages are served from here and a
 * 10,000-instance launch costs its 200 DescribeInvocations once, not on every click.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('output_reads')
    .addColumn('scope', 'varchar(120)', (col) => col.primaryKey())
    .addColumn('region_id', 'varchar(40)', (col) => col.notNull())
    .addColumn('status', 'varchar(10)', (col) => col.notNull())
    // Fixed when the read starts, so a reader taking over resumes at `invocations_read`.
    .addColumn('invoke_ids', 'text')
    .addColumn('invocations_read', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('invocations_total', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('instances_read', 'integer', (col) => col.notNull().defaultTo(0))
    // The launch's change_seq when the read started: a later one means the outputs may have moved on.
    .addColumn('launch_seq', 'integer')
    .addColumn('requested_at', 'varchar(30)', (col) => col.notNull())
    .addColumn('requested_by', 'varchar(64)', (col) => col.notNull())
    .addColumn('started_at', 'varchar(30)')
    .addColumn('finished_at', 'varchar(30)')
    .addColumn('error_code', 'varchar(100)')
    .addColumn('error_message', 'text')
    .addColumn('lease_owner', 'varchar(64)')
    .addColumn('lease_until', 'varchar(30)')
    .execute();
  await db.schema.createIndex('output_reads_claim').on('output_reads').columns(['status', 'requested_at']).execute();

  await db.schema
    .createTable('output_groups')
    .addColumn('scope', 'varchar(120)', (col) => col.notNull())
    // SHA-256 (hex) of the normalised output.
    .addColumn('hash', 'varchar(64)', (col) => col.notNull())
    .addColumn('output', 'text', (col) => col.notNull())
    .addColumn('dropped', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('instance_count', 'integer', (col) => col.notNull())
    // JSON: { "<InvocationStatus>": count }.
    .addColumn('status_counts', 'text', (col) => col.notNull())
    .addColumn('first_seen', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('output_groups_pk', ['scope', 'hash'])
    .execute();
  await db.schema.createIndex('output_groups_page').on('output_groups').columns(['scope', 'instance_count desc', 'first_seen']).execute();

  await db.schema
    .createTable('output_members')
    .addColumn('scope', 'varchar(120)', (col) => col.notNull())
    .addColumn('instance_id', 'varchar(64)', (col) => col.notNull())
    .addColumn('hash', 'varchar(64)', (col) => col.notNull())
    .addColumn('status', 'varchar(20)', (col) => col.notNull())
    .addPrimaryKeyConstraint('output_members_pk', ['scope', 'instance_id'])
    .execute();
  await db.schema.createIndex('output_members_group').on('output_members').columns(['scope', 'hash', 'instance_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['output_members', 'output_groups', 'output_reads']) await db.schema.dropTable(table).execute();
}
