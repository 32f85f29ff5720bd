import 'server-only';

import { type Db } from './client';
import { type LaunchRow } from './launches';

export interface LaunchFilters {
  status?: string | undefined;
  regionId?: string | undefined;
  commandId?: string | undefined;
  createdBy?: string | undefined;
  repeatMode?: string | undefined;
  /** ISO date-times bounding created_at: from inclusive, to exclusive. */
  from?: string | undefined;
  to?: string | undefined;
}

export interface LaunchCursor {
  createdAt: string;
  id: string;
}

export interface LaunchPage {
  rows: LaunchRow[];
  /** Pass as `after` for the next (older) page; null on the last page. */
  next: LaunchCursor | null;
}

/**
 * Launches newest first, filtered, paged by keyset on (created_at, id): every filter has an
 * index that starts with it and continues with (created_at, id), so a deep page costs the
 * same as the first.
 */
export async function listLaunches(db: Db, filters: LaunchFilters, options: { limit: number; after?: LaunchCursor | undefined }): Promise<LaunchPage> {
  let query = db.selectFrom('launches').selectAll();
  if (filters.status) query = query.where('status', '=', filters.status);
  if (filters.regionId) query = query.where('region_id', '=', filters.regionId);
  if (filters.commandId) query = query.where('command_id', '=', filters.commandId);
  if (filters.createdBy) query = query.where('created_by_username', '=', filters.createdBy);
  if (filters.repeatMode) query = query.where('repeat_mode', '=', filters.repeatMode);
  if (filters.from) query = query.where('created_at', '>=', filters.from);
  if (filters.to) query = query.where('created_at', '<', filters.to);
  const after = options.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([eb('created_at', '<', after.createdAt), eb.and([eb('created_at', '=', after.createdAt), eb('id', '<', after.id)])]),
    );
  }
  const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(options.limit + 1).execute();
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return { rows: page, next: rows.length > options.limit && last ? { createdAt: last.created_at, id: last.id } : null };
}

/** Distinct values for the filter menus (small tables of what has been launched). */
export async function launchFacets(db: Db): Promise<{ regions: string[]; commands: { id: string; name: string }[]; operators: string[] }> {
  const [regions, commands, operators] = await Promise.all([
    db.selectFrom('launches').select('region_id').distinct().orderBy('region_id').execute(),
    db.selectFrom('launches').select(['command_id', 'command_name']).distinct().orderBy('command_name').limit(500).execute(),
    db.selectFrom('launches').select('created_by_username').distinct().orderBy('created_by_username').execute(),
  ]);
  return {
    regions: regions.map((row) => row.region_id),
    commands: commands.map((row) => ({ id: row.command_id, name: row.command_name })),
    operators: operators.map((row) => row.created_by_username),
  };
}
