import { type Kysely } from 'kysely';

/**
 * The last state seen of each batch's invocation: its aggregate status and a compact JSON
 * snapshot of every instance. Alibaba forgets invocations after about 30 days; this is what
 * the review page shows then.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('launch_batches').addColumn('invocation_status', 'varchar(20)').execute();
  await db.schema.alterTable('launch_batches').addColumn('snapshot', 'text').execute();
  await db.schema.alterTable('launch_batches').addColumn('snapshot_at', 'varchar(30)').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of ['snapshot_at', 'snapshot', 'invocation_status']) {
    await db.schema.alterTable('launch_batches').dropColumn(column).execute();
  }
}
