import 'server-only';

import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';

import { countOutcomes, type OutcomeCounts } from '@/lib/launches/outcomes';

import { type Db } from './client';
import { type Database } from './schema';

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

const LIST_COLUMNS = [
  'id',
  'created_at',
  'created_by_username',
  'region_id',
  'command_id',
  'command_name',
  'repeat_mode',
  'frequency',
  'instance_count',
  'batch_count',
  'send_status',
  'status',
] as const;

/** The columns the list shows: never `draft`, which can hold thousands of instance IDs. */
export type LaunchListRow = Pick<Database['launches'], (typeof LIST_COLUMNS)[number]> & {
  /** The first few batches, for their InvokeIds; the launch page lists them all. */
  batches: { index: number; invokeId: string | null; status: string }[];
  /** What became of its instances, from their stored states; null before any was recorded. */
  outcomes: OutcomeCounts | null;
};

export interface LaunchPage {
  rows: LaunchListRow[];
  /** Pass as `after` for the next (older) page; null on the last page. */
  next: LaunchCursor | null;
  /** Pass as `before` for the previous (newer) page; null on the first page. */
  previous: LaunchCursor | null;
}

/** How many batches per row the list spells out (a launch of 1,000 instances has 20). */
const LIST_BATCHES_PER_LAUNCH = 2;

type LaunchesEb = ExpressionBuilder<Database, 'launches'>;

function filtered(db: Db, filters: LaunchFilters) {
  let query = db.selectFrom('launches');
  if (filters.status) query = query.where('status', '=', filters.status);
  if (filters.regionId) query = query.where('region_id', '=', filters.regionId);
  if (filters.commandId) query = query.where('command_id', '=', filters.commandId);
  if (filters.createdBy) query = query.where('created_by_username', '=', filters.createdBy);
  if (filters.repeatMode) query = query.where('repeat_mode', '=', filters.repeatMode);
  if (filters.from) query = query.where('created_at', '>=', filters.from);
  if (filters.to) query = query.where('created_at', '<', filters.to);
  return query;
}

// Row values: both SQLite and PostgreSQL take `(created_at, id) < (x, y)` as one index range and
// seek straight to the cursor (their plans are printed by bench/invocations-list.bench.ts).
const olderThan = (cursor: LaunchCursor) => (eb: LaunchesEb): Expression<SqlBool> =>
  eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(cursor.createdAt, cursor.id));
const newerThan = (cursor: LaunchCursor) => (eb: LaunchesEb): Expression<SqlBool> =>
  eb(eb.refTuple('created_at', 'id'), '>', eb.tuple(cursor.createdAt, cursor.id));

// Past a date bound, the cursor is the tighter bound of the walk; keeping the date bound lets a
// planner seek to it and read every row between it and the cursor.
const belowTo = (filters: LaunchFilters, cursor: LaunchCursor): LaunchFilters =>
  filters.to && cursor.createdAt < filters.to ? { ...filters, to: undefined } : filters;
const aboveFrom = (filters: LaunchFilters, cursor: LaunchCursor): LaunchFilters =>
  filters.from && cursor.createdAt >= filters.from ? { ...filters, from: undefined } : filters;

const cursorOf = (row: { created_at: string; id: string }): LaunchCursor => ({ createdAt: row.created_at, id: row.id });

/**
 * Launches newest first, filtered, paged by keyset on (created_at, id) in either direction:
 * every filter has an index that starts with it and continues with (created_at, id), so a
 * deep page costs the same as the first and nothing is counted.
 */
export async function listLaunches(
  db: Db,
  filters: LaunchFilters,
  options: { limit: number; after?: LaunchCursor | undefined; before?: LaunchCursor | undefined },
): Promise<LaunchPage> {
  const { limit, after, before } = options;
  if (before) {
    const newer = await filtered(db, aboveFrom(filters, before)).select(LIST_COLUMNS).where(newerThan(before)).orderBy('created_at', 'asc').orderBy('id', 'asc').limit(limit + 1).execute();
    // Back at the top: show the first page whole rather than a short one.
    if (newer.length <= limit) return listLaunches(db, filters, { limit });
    const rows = newer.slice(0, limit).reverse();
    const [first, last] = [rows[0], rows.at(-1)];
    return { rows: await withBatches(db, rows), next: last ? cursorOf(last) : null, previous: first ? cursorOf(first) : null };
  }
  const found = await launchPageQuery(db, filters, { limit, after }).execute();
  const rows = found.slice(0, limit);
  const last = rows.at(-1);
  // Only a cursor can have newer rows above it; the first page never does.
  const top = rows[0] ? cursorOf(rows[0]) : after;
  const hasNewer = after && top ? await exists(db, filters, top) : false;
  return {
    rows: await withBatches(db, rows),
    next: found.length > limit && last ? cursorOf(last) : null,
    previous: hasNewer && top ? top : null,
  };
}

/** The page's main query (newest first, one extra row to know if there is more); exported for the bench's query plans. */
export function launchPageQuery(db: Db, filters: LaunchFilters, options: { limit: number; after?: LaunchCursor | undefined }) {
  const { after } = options;
  let query = filtered(db, after ? belowTo(filters, after) : filters).select(LIST_COLUMNS);
  if (after) query = query.where(olderThan(after));
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(options.limit + 1);
}

async function exists(db: Db, filters: LaunchFilters, newerThanCursor: LaunchCursor): Promise<boolean> {
  const row = await filtered(db, aboveFrom(filters, newerThanCursor)).select('id').where(newerThan(newerThanCursor)).orderBy('created_at', 'asc').orderBy('id', 'asc').limit(1).executeTakeFirst();
  return row !== undefined;
}

async function withBatches(db: Db, rows: Omit<LaunchListRow, 'batches' | 'outcomes'>[]): Promise<LaunchListRow[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [batches, outcomes] = await Promise.all([firstBatches(db, ids), launchOutcomes(db, ids)]);
  const byLaunch = new Map<string, LaunchListRow['batches']>();
  for (const batch of batches) {
    const list = byLaunch.get(batch.launch_id) ?? [];
    list.push({ index: batch.batch_index, invokeId: batch.invoke_id, status: batch.status });
    byLaunch.set(batch.launch_id, list);
  }
  return rows.map((row) => ({ ...row, batches: byLaunch.get(row.id) ?? [], outcomes: outcomes.get(row.id) ?? null }));
}

function firstBatches(db: Db, ids: string[]) {
  return db
    .selectFrom('launch_batches')
    .select(['launch_id', 'batch_index', 'invoke_id', 'status'])
    .where('launch_id', 'in', ids)
    .where('batch_index', '<', LIST_BATCHES_PER_LAUNCH)
    .orderBy('launch_id')
    .orderBy('batch_index')
    .execute();
}

/**
 * Instance outcomes of a page of launches in one grouped query: the instances' primary key
 * starts with launch_id, so each launch is one index range, whatever the page size.
 */
export async function launchOutcomes(db: Db, ids: readonly string[]): Promise<Map<string, OutcomeCounts>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('launch_instances')
    .select((eb) => ['launch_id', 'status', eb.fn.countAll<number | string>().as('count')])
    .where('launch_id', 'in', [...ids])
    .groupBy(['launch_id', 'status'])
    .execute();
  const byLaunch = new Map<string, { status: string; count: number }[]>();
  for (const row of rows) {
    const list = byLaunch.get(row.launch_id) ?? [];
    // PostgreSQL's count is a bigint, which pg hands over as text.
    list.push({ status: row.status, count: Number(row.count) });
    byLaunch.set(row.launch_id, list);
  }
  return new Map([...byLaunch].map(([id, list]) => [id, countOutcomes(list)]));
}

/** Current statuses of a few launches (the list's live column asks for its rows). */
export function findLaunchStatuses(db: Db, ids: readonly string[]): Promise<{ id: string; status: string; status_updated_at: string | null }[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('launches').select(['id', 'status', 'status_updated_at']).where('id', 'in', [...ids]).execute();
}

export interface LaunchFacets {
  regions: string[];
  commands: { id: string; name: string; regionId: string }[];
  operators: string[];
}

/** Enough for any menu; a loose scan stops here even if a column had more values. */
const FACET_LIMIT = 500;

/**
 * The values each filter menu offers: what has actually been launched. Each is a loose
 * index scan (one index seek per distinct value, via a recursive CTE) instead of DISTINCT,
 * which would read a whole index on every page view.
 */
export async function launchFacets(db: Db): Promise<LaunchFacets> {
  const queries = facetQueries();
  const [regions, commands, operators] = await Promise.all([queries.regions.execute(db), queries.commands.execute(db), queries.operators.execute(db)]);
  return {
    regions: regions.rows.map((row) => row.value),
    commands: commands.rows
      .map((row) => ({ id: row.value, name: row.name, regionId: row.region }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.regionId.localeCompare(b.regionId)),
    operators: operators.rows.map((row) => row.value),
  };
}

/** The facet queries, unexecuted; exported for the bench's query plans. */
export function facetQueries() {
  return {
    regions: sql<{ value: string }>`${looseScan('region_id')} SELECT value FROM seen WHERE value IS NOT NULL`,
    // The latest launch of each command names it (and says where it lives): one more seek each.
    commands: sql<{ value: string; name: string; region: string }>`${looseScan('command_id')}
      SELECT value,
        (SELECT command_name FROM launches WHERE command_id = seen.value ORDER BY created_at DESC, id DESC LIMIT 1) AS name,
        (SELECT region_id FROM launches WHERE command_id = seen.value ORDER BY created_at DESC, id DESC LIMIT 1) AS region
      FROM seen WHERE value IS NOT NULL`,
    operators: sql<{ value: string }>`${looseScan('created_by_username')} SELECT value FROM seen WHERE value IS NOT NULL`,
  };
}

/** `seen(value, n)`: the column's distinct values in order, each found by one index seek. */
function looseScan(column: 'region_id' | 'command_id' | 'created_by_username') {
  const col = sql.ref(column);
  return sql`
    WITH RECURSIVE seen(value, n) AS (
      SELECT (SELECT ${col} FROM launches ORDER BY ${col} LIMIT 1), 1
      UNION ALL
      SELECT (SELECT ${col} FROM launches WHERE ${col} > seen.value ORDER BY ${col} LIMIT 1), seen.n + 1
      FROM seen WHERE seen.value IS NOT NULL AND seen.n < ${sql.lit(FACET_LIMIT)}
    )`;
}

export interface OwnInvocation {
  launchId: string;
  createdBy: string;
}

/**
 * Which of these InvokeIds InvokeDeck sent, and which of these launch IDs (read from an
 * execution's `invokedeck:launch` tag) are this deployment's: one indexed lookup each, for a
 * page of the account's history.
 */
export async function findOwnInvocations(
  db: Db,
  invokeIds: readonly string[],
  taggedLaunchIds: readonly string[] = [],
): Promise<{ byInvokeId: Map<string, OwnInvocation>; byLaunchId: Map<string, OwnInvocation> }> {
  const [sent, tagged] = await Promise.all([
    invokeIds.length === 0
      ? []
      : db
          .selectFrom('launch_batches')
          .innerJoin('launches', 'launches.id', 'launch_batches.launch_id')
          .select(['launch_batches.invoke_id', 'launches.id', 'launches.created_by_username'])
          .where('launch_batches.invoke_id', 'in', [...invokeIds])
          .execute(),
    taggedLaunchIds.length === 0 ? [] : db.selectFrom('launches').select(['id', 'created_by_username']).where('id', 'in', [...taggedLaunchIds]).execute(),
  ]);
  return {
    byInvokeId: new Map(sent.flatMap((row) => (row.invoke_id ? [[row.invoke_id, { launchId: row.id, createdBy: row.created_by_username }] as const] : []))),
    byLaunchId: new Map(tagged.map((row) => [row.id, { launchId: row.id, createdBy: row.created_by_username }] as const)),
  };
}
