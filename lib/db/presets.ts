import 'server-only';

import { sql } from 'kysely';

import { type Db } from './client';
import { type PresetsTable, type PresetVersionsTable } from './schema';

export type PresetRow = PresetsTable;
export type PresetVersionRow = Omit<PresetVersionsTable, 'id'> & { id: number };

export interface PresetContent {
  name: string;
  description: string;
  /** JSON text without any secret value. */
  payload: string;
}

export async function insertPreset(
  db: Db,
  preset: PresetContent & { id: string; slug: string; username: string; change: string },
  now = new Date(),
): Promise<void> {
  const at = now.toISOString();
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('presets')
      .values({
        id: preset.id,
        slug: preset.slug,
        name: preset.name,
        description: preset.description,
        current_version: 1,
        created_at: at,
        created_by_username: preset.username,
        updated_at: at,
        updated_by_username: preset.username,
        deleted_at: null,
        deleted_by_username: null,
      })
      .execute();
    await tx
      .insertInto('preset_versions')
      .values({ preset_id: preset.id, version: 1, name: preset.name, description: preset.description, payload: preset.payload, change: preset.change, created_at: at, created_by_username: preset.username })
      .execute();
  });
}

/** Add a version and make it current. Returns the new version number. */
export async function addPresetVersion(db: Db, presetId: string, content: PresetContent & { username: string; change: string }, now = new Date()): Promise<number> {
  const at = now.toISOString();
  return db.transaction().execute(async (tx) => {
    const current = await tx.selectFrom('presets').select('current_version').where('id', '=', presetId).executeTakeFirstOrThrow();
    const version = current.current_version + 1;
    await tx
      .insertInto('preset_versions')
      .values({ preset_id: presetId, version, name: content.name, description: content.description, payload: content.payload, change: content.change, created_at: at, created_by_username: content.username })
      .execute();
    await tx
      .updateTable('presets')
      .set({ name: content.name, description: content.description, current_version: version, updated_at: at, updated_by_username: content.username })
      .where('id', '=', presetId)
      .execute();
    return version;
  });
}

export function findPresetBySlug(db: Db, slug: string): Promise<PresetRow | undefined> {
  return db.selectFrom('presets').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export function findPresetById(db: Db, id: string): Promise<PresetRow | undefined> {
  return db.selectFrom('presets').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findPresetVersion(db: Db, presetId: string, version: number): Promise<PresetVersionRow | undefined> {
  return db.selectFrom('preset_versions').selectAll().where('preset_id', '=', presetId).where('version', '=', version).executeTakeFirst();
}

export function listPresetVersions(db: Db, presetId: string): Promise<PresetVersionRow[]> {
  return db.selectFrom('preset_versions').selectAll().where('preset_id', '=', presetId).orderBy('version', 'desc').execute();
}

/** Live presets, most recently changed first, optionally matching a search in name or description. */
export function listPresets(db: Db, options: { search?: string | undefined; limit: number }): Promise<PresetRow[]> {
  let query = db.selectFrom('presets').selectAll().where('deleted_at', 'is', null);
  const search = options.search?.trim().toLowerCase();
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    // An explicit ESCAPE so `_` and `%` in a search mean themselves on SQLite and PostgreSQL alike.
    query = query.where(sql<boolean>`(lower(name) like ${pattern} escape '\\' or lower(description) like ${pattern} escape '\\')`);
  }
  return query.orderBy('updated_at', 'desc').limit(options.limit).execute();
}

export async function softDeletePreset(db: Db, presetId: string, username: string, now = new Date()): Promise<void> {
  await db.updateTable('presets').set({ deleted_at: now.toISOString(), deleted_by_username: username }).where('id', '=', presetId).execute();
}
