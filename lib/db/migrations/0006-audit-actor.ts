import { type Kysely } from 'kysely';

/**
 * The admin page shows one person's audit trail ("what did nadia do?"), keyset-paged on
 * (at, id) like the whole log: that filter needs its own index ending in (at, id).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('audit_log_actor_at').on('audit_log').columns(['actor_username', 'at', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('audit_log_actor_at').execute();
}
