import { type Kysely } from 'kysely';

/**
 * One fleet snapshot per region: the picker reads instances from here instead of asking ECS
 * per viewer. `fleet_reads` says how fresh each region's snapshot is and whether a read was
 * asked for; `fleet_instances` holds the instances of the last good read.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('fleet_reads')
    .addColumn('region_id', 'varchar(64)', (col) => col.primaryKey())
    // The last read that succeeded: when it ended, how long it took, how many instances it found.
    .addColumn('read_at', 'varchar(30)')
    .addColumn('duration_ms', 'integer')
    .addColumn('instance_count', 'integer')
    // The stored instances: a digest of them, and when they last changed (a read finding the same fleet keeps them, and page tokens stay good).
    .addColumn('content_hash', 'varchar(64)')
    .addColumn('changed_at', 'varchar(30)')
    // The last attempt, good or bad: a read counts against the minimum interval from its start.
    .addColumn('started_at', 'varchar(30)')
    .addColumn('finished_at', 'varchar(30)')
    .addColumn('read_by', 'varchar(200)')
    // The last attempt's failure (cleared by a good read).
    .addColumn('error_code', 'varchar(128)')
    .addColumn('error_message', 'text')
    .addColumn('error_at', 'varchar(30)')
    // Someone asked for a read (the Refresh button, a launch sent); due once past started_at.
    .addColumn('requested_at', 'varchar(30)')
    // Someone looked at the region: it is kept fresh while this is recent.
    .addColumn('viewed_at', 'varchar(30)')
    .execute();
  await db.schema
    .createTable('fleet_instances')
    .addColumn('region_id', 'varchar(64)', (col) => col.notNull())
    // The row's place in its read (zero-padded): pages follow it; a page token also names its read.
    .addColumn('sort_key', 'varchar(80)', (col) => col.notNull())
    .addColumn('instance_id', 'varchar(64)', (col) => col.notNull())
    // JSON FleetInstance: the picker's fields.
    .addColumn('data', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('fleet_instances_pk', ['region_id', 'sort_key'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('fleet_instances').execute();
  await db.schema.dropTable('fleet_reads').execute();
}
