import { type Kysely } from 'kysely';

/**
 * Canary batches: where a launch waits for a person before sending more (its rate control says
 * where), one row per pause once it is reached, with who resumed or aborted it and when.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('launch_pauses')
    .addColumn('launch_id', 'varchar(36)', (col) => col.notNull())
    // The batch it holds back (0-based): those before it ran, this one and later wait.
    .addColumn('before_batch', 'integer', (col) => col.notNull())
    .addColumn('reached_at', 'varchar(30)', (col) => col.notNull())
    .addColumn('resumed_by', 'varchar(64)')
    .addColumn('resumed_at', 'varchar(30)')
    .addColumn('aborted_by', 'varchar(64)')
    .addColumn('aborted_at', 'varchar(30)')
    // One pause per point: two dispatchers reaching it at once record it once.
    .addPrimaryKeyConstraint('launch_pauses_pk', ['launch_id', 'before_batch'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('launch_pauses').execute();
}
