import { type Kysely } from 'kysely';

import { autoId } from './dialect';

/** Saved launch forms. Every change is a new version; the preset row points at the latest. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('presets')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('slug', 'varchar(80)', (col) => col.notNull().unique())
    .addColumn('name', 'varchar(100)', (col) => col.notNull())
    .addColumn('description', 'varchar(500)', (col) => col.notNull())
    .addColumn('current_version', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'varchar(30)', (col) => col.notNull())
    .addColumn('created_by_username', 'varchar(32)', (col) => col.notNull())
    .addColumn('updated_at', 'varchar(30)', (col) => col.notNull())
    .addColumn('updated_by_username', 'varchar(32)', (col) => col.notNull())
    .addColumn('deleted_at', 'varchar(30)')
    .addColumn('deleted_by_username', 'varchar(32)')
    .execute();
  await db.schema.createIndex('presets_updated').on('presets').columns(['deleted_at', 'updated_at']).execute();

  await db.schema
    .createTable('preset_versions')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('preset_id', 'varchar(36)', (col) => col.notNull().references('presets.id').onDelete('cascade'))
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('name', 'varchar(100)', (col) => col.notNull())
    .addColumn('description', 'varchar(500)', (col) => col.notNull())
    // The form without any secret value (secret parameters keep their names and the flag).
    .addColumn('payload', 'text', (col) => col.notNull())
    .addColumn('change', 'varchar(200)', (col) => col.notNull())
    .addColumn('created_at', 'varchar(30)', (col) => col.notNull())
    .addColumn('created_by_username', 'varchar(32)', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('preset_versions_preset').on('preset_versions').columns(['preset_id', 'version']).unique().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('preset_versions').execute();
  await db.schema.dropTable('presets').execute();
}
