import 'server-only';

import { sql } from 'kysely';

import { countOutcomes, NO_OUTCOMES, type OutcomeCounts } from '@/lib/launches/outcomes';
import { FAILED_STATUSES } from '@/lib/launches/status';

import { type Db } from './client';
import { launchOutcomes } from './launch-list';
import { type Database } from './schema';

/**
 * The overview's reads: what is running or scheduled, what failed lately, and how runs
 * turned out day by day. Each is a fixed number of queries, whatever the history's size.
 */

/** Aggregate statuses of a launch that is not finished: it runs, waits to, or waits for its schedule. */
export const ACTIVE_STATUSES = ['Pending', 'Running', 'Stopping', 'Scheduled'] as const;

export interface OverviewLaunch {
  id: string;
  createdAt: string;
  createdBy: string;
  commandName: string;
  regionId: string;
  repeatMode: string;
  frequency: string | null;
  status: string;
  instanceCount: number;
  outcomes: OutcomeCounts;
}

export interface FailedLaunch extends OverviewLaunch {
  /** Instances that failed within the window. */
  failed: number;
  lastFailureAt: string;
  /** The error most of them share. */
  topError: { code: string; info: string; count: number };
}

export interface DayOutcomes extends OutcomeCounts {
  /** UTC day, YYYY-MM-DD. */
  day: string;
}

const LAUNCH_COLUMNS = ['id', 'created_at', 'created_by_username', 'command_name', 'region_id', 'repeat_mode', 'frequency', 'status', 'instance_count'] as const;
type LaunchColumns = Pick<Database['launches'], (typeof LAUNCH_COLUMNS)[number]>;

function toOverviewLaunch(row: LaunchColumns, outcomes: OutcomeCounts | undefined): OverviewLaunch {
  return {
    id: row.id,
    createdAt: row.created_at,
    createdBy: row.created_by_username,
    commandName: row.command_name,
    regionId: row.region_id,
    repeatMode: row.repeat_mode,
    frequency: row.frequency,
    status: row.status,
    instanceCount: row.instance_count,
    outcomes: outcomes ?? { ...NO_OUTCOMES },
  };
}

/** Launches still running or scheduled, newest first (the status index holds them apart from the finished). */
export async function activeLaunches(db: Db, limit = 100): Promise<OverviewLaunch[]> {
  const rows = await db
    .selectFrom('launches')
    .select(LAUNCH_COLUMNS)
    .where('status', 'in', [...ACTIVE_STATUSES])
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  const outcomes = await launchOutcomes(db, rows.map((row) => row.id));
  return rows.map((row) => toOverviewLaunch(row, outcomes.get(row.id)));
}

/** When an instance's latest run ended (or began, or its launch was made, before it ran). */
const eventTime = sql<string>`COALESCE(li.finish_time, li.stop_time, li.start_time, l.created_at)`;

/**
 * Instances whose latest run ended since `since`. Launches are the candidates made shortly
 * before it (a run ends after its launch; two days covers the longest timeout) and every
 * Period launch, whose runs go on: both halves of the OR have an index that starts with
 * their column, and each candidate's instances are one range of their primary key.
 */
function instancesSince(db: Db, since: Date) {
  const made = new Date(since.getTime() - 2 * 86_400_000).toISOString();
  return db
    .selectFrom('launch_instances as li')
    .innerJoin('launches as l', 'l.id', 'li.launch_id')
    .where((eb) => eb.or([eb('l.created_at', '>=', made), eb('l.repeat_mode', '=', 'Period')]))
    .where(eventTime, '>=', since.toISOString());
}

/**
 * Launches with instances that failed since `since`, the latest failure first, each with how
 * many failed and the error most of them share: one grouped query, then their launch rows.
 */
export async function recentFailures(db: Db, since: Date, limit = 20): Promise<FailedLaunch[]> {
  const groups = await instancesSince(db, since)
    .where('li.status', 'in', [...FAILED_STATUSES])
    .select((eb) => ['li.launch_id', 'li.error_code', eb.fn.countAll<number | string>().as('count'), eb.fn.min('li.error_info').as('error_info'), eb.fn.max(eventTime).as('last_at')])
    .groupBy(['li.launch_id', 'li.error_code'])
    .execute();
  const byLaunch = new Map<string, { failed: number; lastAt: string; top: FailedLaunch['topError'] }>();
  for (const group of groups) {
    const count = Number(group.count);
    const seen = byLaunch.get(group.launch_id);
    const top = { code: group.error_code, info: group.error_info, count };
    if (!seen) byLaunch.set(group.launch_id, { failed: count, lastAt: group.last_at, top });
    else {
      seen.failed += count;
      if (group.last_at > seen.lastAt) seen.lastAt = group.last_at;
      if (count > seen.top.count || (count === seen.top.count && group.error_code < seen.top.code)) seen.top = top;
    }
  }
  const ids = [...byLaunch.entries()].sort((a, b) => b[1].lastAt.localeCompare(a[1].lastAt)).slice(0, limit).map(([id]) => id);
  if (ids.length === 0) return [];
  const [rows, outcomes] = await Promise.all([db.selectFrom('launches').select(LAUNCH_COLUMNS).where('id', 'in', ids).execute(), launchOutcomes(db, ids)]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    const failure = byLaunch.get(id);
    if (!row || !failure) return [];
    return [{ ...toOverviewLaunch(row, outcomes.get(id)), failed: failure.failed, lastFailureAt: failure.lastAt, topError: failure.top }];
  });
}

/** UTC day of an ISO time. */
const dayOf = (iso: string) => iso.slice(0, 10);

/**
 * Instance runs by outcome for each of the `days` UTC days up to `now` (oldest first, every
 * day present), counted on the day each run ended. A Period launch's instances count their
 * latest run: earlier runs are not kept.
 */
export async function dailyOutcomes(db: Db, now: Date, days = 14): Promise<DayOutcomes[]> {
  const firstDay = new Date(Date.parse(`${dayOf(now.toISOString())}T00:00:00.000Z`) - (days - 1) * 86_400_000);
  const day = sql<string>`substr(${eventTime}, 1, 10)`;
  const rows = await instancesSince(db, firstDay)
    .select((eb) => [day.as('day'), 'li.status', eb.fn.countAll<number | string>().as('count')])
    .groupBy([day, 'li.status'])
    .execute();
  const byDay = new Map<string, { status: string; count: number }[]>();
  for (const row of rows) {
    const list = byDay.get(row.day) ?? [];
    list.push({ status: row.status, count: Number(row.count) });
    byDay.set(row.day, list);
  }
  return Array.from({ length: days }, (_, index) => {
    const key = dayOf(new Date(firstDay.getTime() + index * 86_400_000).toISOString());
    return { day: key, ...countOutcomes(byDay.get(key) ?? []) };
  });
}
