import { type Kysely } from 'kysely';

/**
 * The invocations list filters by operator name (what the URL and the menu carry), so that
 * filter needs its own index ending in (created_at, id), like the others in 0002: without
 * it a rare operator's page walks the whole table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('launches_created_by_username_created').on('launches').columns(['created_by_username', 'created_at', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('launches_created_by_username_created').execute();
}
