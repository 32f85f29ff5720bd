import { type Kysely } from 'kysely';

/**
 * The ECS API's rate budget: one token bucket per account and action, shared by every
 * replica. Times are epoch milliseconds and amounts fractional, so all are double precision
 * (REAL on SQLite); a token is taken by one conditional UPDATE (lib/db/api-budget.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('api_budget')
    // A hash of the access key ID (never the key), or `sandbox`.
    .addColumn('account_key', 'varchar(64)', (col) => col.notNull())
    .addColumn('action', 'varchar(64)', (col) => col.notNull())
    .addColumn('tokens', 'double precision', (col) => col.notNull())
    .addColumn('refilled_at', 'double precision', (col) => col.notNull())
    // Tokens per second when nothing was throttled, and the most the bucket holds.
    .addColumn('rate', 'double precision', (col) => col.notNull())
    .addColumn('burst', 'double precision', (col) => col.notNull())
    // Set by a Throttling answer (halved); it grows back from throttled_at on.
    .addColumn('factor', 'double precision', (col) => col.notNull().defaultTo(1))
    .addColumn('throttled_at', 'double precision')
    .addPrimaryKeyConstraint('api_budget_pk', ['account_key', 'action'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('api_budget').execute();
}
