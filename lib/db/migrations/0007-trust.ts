import { type Kysely } from 'kysely';

/**
 * Trust: the audit log records where each action came from (address and user agent), and
 * expired sessions and sign-in throttle rows are purged by time, which wants indexes on it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('source_ip', 'varchar(64)').execute();
  await db.schema.alterTable('audit_log').addColumn('user_agent', 'varchar(300)').execute();
  await db.schema.createIndex('sessions_expires').on('sessions').column('expires_at').execute();
  await db.schema.createIndex('sessions_created').on('sessions').column('created_at').execute();
  await db.schema.createIndex('login_throttle_first_failure').on('login_throttle').column('first_failure_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('login_throttle_first_failure').execute();
  await db.schema.dropIndex('sessions_created').execute();
  await db.schema.dropIndex('sessions_expires').execute();
  await db.schema.alterTable('audit_log').dropColumn('user_agent').execute();
  await db.schema.alterTable('audit_log').dropColumn('source_ip').execute();
}
