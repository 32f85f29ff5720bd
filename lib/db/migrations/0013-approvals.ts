import { type Kysely } from 'kysely';

/**
 * The two-person rule: rules an admin sets for which launches need a second operator's
 * approval, and on each launch the state of its request (requested, approved, rejected,
 * expired) with who decided, when and why.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('approval_rules')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    // Null: every region.
    .addColumn('region_id', 'varchar(64)')
    // Launches of more than this many instances need approval; null: any size.
    .addColumn('min_instances', 'integer')
    // Launches touching an instance with this tag need approval; null: any tags. An empty value matches any value.
    .addColumn('tag_key', 'varchar(128)')
    .addColumn('tag_value', 'varchar(128)')
    .addColumn('created_by_username', 'varchar(64)', (col) => col.notNull())
    .addColumn('created_at', 'varchar(30)', (col) => col.notNull())
    .execute();
  for (const [name, type] of [
    ['approval_state', 'varchar(16)'],
    ['approval_reason', 'text'],
    ['approval_by', 'varchar(64)'],
    ['approval_at', 'varchar(30)'],
    ['approval_comment', 'text'],
    ['approval_expires_at', 'varchar(30)'],
  ] as const) {
    await db.schema.alterTable('launches').addColumn(name, type).execute();
  }
  await db.schema.createIndex('launches_approval').on('launches').columns(['approval_state', 'approval_expires_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('launches_approval').execute();
  for (const name of ['approval_state', 'approval_reason', 'approval_by', 'approval_at', 'approval_comment', 'approval_expires_at']) {
    await db.schema.alterTable('launches').dropColumn(name).execute();
  }
  await db.schema.dropTable('approval_rules').execute();
}
