import { type Kysely } from 'kysely';

/**
 * Notifications: webhooks an admin sets up, the events a launch's end produces, and an outbox
 * of deliveries (one row per event and webhook) that workers on any replica claim with a
 * lease, post, and retry with backoff. Launches and presets may opt in to extra webhooks.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('webhooks')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('name', 'varchar(80)', (col) => col.notNull())
    .addColumn('kind', 'varchar(20)', (col) => col.notNull())
    // The URL itself is a credential for chat robots (its token): kept sealed, shown as a hint.
    .addColumn('url_box', 'text', (col) => col.notNull())
    .addColumn('url_hint', 'varchar(200)', (col) => col.notNull())
    .addColumn('secret_box', 'text')
    .addColumn('events', 'text', (col) => col.notNull())
    .addColumn('scope', 'varchar(10)', (col) => col.notNull())
    .addColumn('enabled', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(30)', (col) => col.notNull())
    .addColumn('created_by_username', 'varchar(64)', (col) => col.notNull())
    .addColumn('updated_at', 'varchar(30)', (col) => col.notNull())
    .addColumn('updated_by_username', 'varchar(64)', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('notification_events')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('kind', 'varchar(40)', (col) => col.notNull())
    // Same key, same event: whoever records it second (another replica) records nothing.
    .addColumn('dedupe_key', 'varchar(200)', (col) => col.notNull().unique())
    .addColumn('launch_id', 'varchar(36)')
    .addColumn('payload', 'text', (col) => col.notNull())
    .addColumn('created_at', 'varchar(30)', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('event_id', 'varchar(36)', (col) => col.notNull().references('notification_events.id').onDelete('cascade'))
    .addColumn('webhook_id', 'varchar(36)', (col) => col.references('webhooks.id').onDelete('set null'))
    .addColumn('webhook_name', 'varchar(80)', (col) => col.notNull())
    .addColumn('launch_id', 'varchar(36)')
    .addColumn('status', 'varchar(20)', (col) => col.notNull())
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'varchar(30)')
    .addColumn('lease_owner', 'varchar(64)')
    .addColumn('lease_until', 'varchar(30)')
    .addColumn('last_status_code', 'integer')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'varchar(30)', (col) => col.notNull())
    .addColumn('updated_at', 'varchar(30)', (col) => col.notNull())
    .addColumn('delivered_at', 'varchar(30)')
    .addUniqueConstraint('webhook_deliveries_once', ['event_id', 'webhook_id'])
    .execute();
  await db.schema.createIndex('webhook_deliveries_due').on('webhook_deliveries').columns(['status', 'next_attempt_at']).execute();
  await db.schema.createIndex('webhook_deliveries_launch').on('webhook_deliveries').columns(['launch_id', 'created_at']).execute();

  for (const [table, owner, ownerTable] of [
    ['launch_webhooks', 'launch_id', 'launches'],
    ['preset_webhooks', 'preset_id', 'presets'],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn(owner, 'varchar(36)', (col) => col.notNull().references(`${ownerTable}.id`).onDelete('cascade'))
      .addColumn('webhook_id', 'varchar(36)', (col) => col.notNull().references('webhooks.id').onDelete('cascade'))
      .addPrimaryKeyConstraint(`${table}_pk`, [owner, 'webhook_id'])
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['preset_webhooks', 'launch_webhooks', 'webhook_deliveries', 'notification_events', 'webhooks']) await db.schema.dropTable(table).execute();
}
