import { type Kysely } from 'kysely';

/**
 * Forms shared as links: the draft is kept here under a random id, so the link is short.
 * At expiry the payload is erased and the row kept a while longer, so an old link can say
 * it expired rather than that it never existed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('form_drafts')
    // 128 random bits, base64url (22 characters).
    .addColumn('id', 'varchar(32)', (col) => col.primaryKey())
    // JSON of the preset payload, without any secret value; null once the link has expired.
    .addColumn('payload', 'text')
    .addColumn('created_by_username', 'varchar(64)', (col) => col.notNull())
    .addColumn('created_at', 'varchar(30)', (col) => col.notNull())
    .addColumn('expires_at', 'varchar(30)', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('form_drafts_expiry').on('form_drafts').column('expires_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('form_drafts').execute();
}
