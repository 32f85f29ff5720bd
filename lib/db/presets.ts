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

/**
 * Add a version and make it current. Returns the new version number, or null when the
 * preset is deleted or, with `expectedVersion`, when someone saved another version first
 * (the caller says who; the operator's work is not silently overwritten).
 */
export async function addPresetVersion(
  db: Db,
  presetId: string,
  content: PresetContent & { username: string; change: string },
  options: { expectedVersion?: number; now?: Date } = {},
): Promise<number | null> {
  const at = (options.now ?? new Date()).toISOString();
  return db.transaction().execute(async (tx) => {
    const current = await tx.selectFrom('presets').select(['current_version', 'deleted_at']).where('id', '=', presetId).executeTakeFirst();
    if (!current || current.deleted_at !== null) return null;
    if (options.expectedVersion !== undefined && current.current_version !== options.expectedVersion) return null;
    const version = current.current_version + 1;
    // The guard on current_version makes a concurrent save on another replica lose cleanly
    // (and the unique (preset_id, version) index stops a second row for the same number).
    const moved = await tx
      .updateTable('presets')
      .set({ name: content.name, description: content.description, current_version: version, updated_at: at, updated_by_username: content.username })
      .where('id', '=', presetId)
      .where('current_version', '=', current.current_version)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) return null;
    await tx
      .insertInto('preset_versions')
      .values({ preset_id: presetId, version, name: content.name, description: content.description, payload: content.payload, change: content.change, created_at: at, created_by_username: content.username })
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

/** Returns false when it was already deleted (or never existed). */
export async function softDeletePreset(db: Db, presetId: string, username: string, now = new Date()): Promise<boolean> {
  const result = await db
    .updateTable('presets')
    .set({ deleted_at: now.toISOString(), deleted_by_username: username })
    .where('id', '=', presetId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface PresetSummaryRow extends PresetRow {
  /** The current version's payload (JSON text, no secret value). */
  payload: string;
  /** The current version's "what changed". */
  change: string;
}

/**
 * Live presets with their current version's payload and change, most recently changed
 * first, optionally matching a search in name, description or slug; and how many match.
 */
export async function listPresetSummaries(db: Db, options: { search?: string | undefined; limit: number }): Promise<{ rows: PresetSummaryRow[]; total: number }> {
  let query = db
    .selectFrom('presets')
    .innerJoin('preset_versions', (join) => join.onRef('preset_versions.preset_id', '=', 'presets.id').onRef('preset_versions.version', '=', 'presets.current_version'))
    .where('presets.deleted_at', 'is', null);
  const search = options.search?.trim().toLowerCase();
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    query = query.where(
      sql<boolean>`(lower(presets.name) like ${pattern} escape '\\' or lower(presets.description) like ${pattern} escape '\\' or presets.slug like ${pattern} escape '\\')`,
    );
  }
  const [rows, count] = await Promise.all([
    query
      .selectAll('presets')
      .select(['preset_versions.payload', 'preset_versions.change'])
      .orderBy('presets.updated_at', 'desc')
      .orderBy('presets.id')
      .limit(options.limit)
      .execute(),
    query.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst(),
  ]);
  return { rows, total: Number(count?.n ?? 0) };
}
