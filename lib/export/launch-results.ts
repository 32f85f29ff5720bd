import 'server-only';

import { z } from 'zod';

import { type Db } from '@/lib/db/client';
import { type LaunchResultRow, pageLaunchResults } from '@/lib/db/launch-results';
import { findLaunch, listBatches } from '@/lib/db/launches';
import { findOutputRead } from '@/lib/db/output-reads';
import { type EcsClient, INSTANCES_PAGE_MAX } from '@/lib/ecs';
import { exitCodeView } from '@/lib/launches/exit-code';
import { IdentityPool } from '@/lib/launches/identity-pool';
import { type InstanceIdentity } from '@/lib/launches/output-groups';
import { isStale } from '@/lib/launches/output-read';
import { scopeKey } from '@/lib/launches/output-scope';
import { logger } from '@/lib/logger';

import { type CsvValue } from './csv';
import { csvDocument, jsonDocument, mapPages } from './documents';
import { downloadResponse } from './download';
import { restoreIdentity } from './output-identity';

/** `GET /api/launches/<id>/results?format=csv|json&output=0|1`. */
export const launchResultsQuery = z.object({
  format: z.enum(['csv', 'json'], { error: 'format: csv or json.' }).default('json'),
  output: z.enum(['0', '1'], { error: 'output: 1 to include each instance’s output, 0 not to.' }).default('0'),
});
export type LaunchResultsQuery = z.output<typeof launchResultsQuery>;

/** One instance's result in the export. */
export interface LaunchResultEntry {
  instanceId: string;
  /** As ECS names it now; null when released since (or ECS could not be asked). */
  name: string | null;
  invokeId: string | null;
  /** 1-based, as the launch page counts batches. */
  batch: number;
  status: string;
  /** Null when the command did not run on the instance or has not ended. */
  exitCode: number | null;
  errorCode: string | null;
  errorInfo: string | null;
  startTime: string | null;
  finishTime: string | null;
  stopTime: string | null;
  /** With output=1: the output as InvokeDeck read it (null when not read), and what Alibaba dropped past 24 KB. */
  output?: string | null;
  outputDroppedBytes?: number;
}

const CSV_HEADER = ['instance_id', 'name', 'invoke_id', 'batch', 'status', 'exit_code', 'error_code', 'error_info', 'start_time', 'finish_time', 'stop_time'];

function csvRow(entry: LaunchResultEntry, withOutput: boolean): CsvValue[] {
  const row: CsvValue[] = [entry.instanceId, entry.name, entry.invokeId, entry.batch, entry.status, entry.exitCode, entry.errorCode, entry.errorInfo, entry.startTime, entry.finishTime, entry.stopTime];
  return withOutput ? [...row, entry.output, entry.outputDroppedBytes] : row;
}

/**
 * A launch's per-instance results as a download, from our records (the observer keeps them),
 * a hundred instances at a time: each page costs one DescribeInstances for the names (and the
 * identities that put an output's placeholders back). When ECS cannot be asked, the names stay
 * empty and the file says why, rather than failing halfway through. Null: no such launch.
 */
export async function exportLaunchResults(db: Db, ecs: EcsClient, launchId: string, query: LaunchResultsQuery, now: Date): Promise<Response | null> {
  const launch = await findLaunch(db, launchId);
  if (!launch) return null;
  const withOutput = query.output === '1';
  const scope = scopeKey({ launchId });
  const [batches, read] = await Promise.all([listBatches(db, launchId), withOutput ? findOutputRead(db, scope) : undefined]);
  const invokeIdOf = new Map(batches.map((batch) => [batch.batch_index, batch.invoke_id]));
  const pool = new IdentityPool((ids) => ecs.describeInstancesPage(launch.region_id, { instanceIds: ids, maxResults: ids.length }));
  const warnings: string[] = [];
  let count = 0;

  async function* pages(): AsyncGenerator<LaunchResultEntry[]> {
    let after: string | undefined;
    let namesWork = true;
    for (;;) {
      const rows = await pageLaunchResults(db, launchId, { afterInstanceId: after, limit: INSTANCES_PAGE_MAX, withOutput, scope });
      if (rows.length === 0) return;
      const ids = rows.map((row) => row.instance_id);
      let identities = new Map<string, InstanceIdentity>();
      if (namesWork) {
        try {
          identities = await pool.identitiesOf(ids, []);
          pool.forget(ids);
        } catch (error) {
          namesWork = false;
          const reason = error instanceof Error ? error.message : String(error);
          logger.warn('results export: instance names unavailable', { launchId, reason });
          warnings.push(`ECS did not answer with the instances' names (${reason}): the rest of the names are empty.`);
        }
      }
      count += rows.length;
      yield rows.map((row) => toEntry(row, identities.get(row.instance_id), invokeIdOf.get(row.batch_index) ?? null, withOutput));
      after = rows.at(-1)?.instance_id;
      if (rows.length < INSTANCES_PAGE_MAX) return;
    }
  }

  const stem = `launch-${launch.command_name}-${launchId.slice(0, 8)}-results`;
  if (query.format === 'csv') {
    const header = withOutput ? [...CSV_HEADER, 'output', 'output_dropped_bytes'] : CSV_HEADER;
    return downloadResponse('csv', stem, csvDocument(header, mapPages(pages(), (entries) => entries.map((entry) => csvRow(entry, withOutput)))));
  }
  const head = {
    launchId,
    command: launch.command_name,
    region: launch.region_id,
    repeatMode: launch.repeat_mode,
    createdBy: launch.created_by_username,
    createdAt: launch.created_at,
    status: launch.status,
    exportedAt: now.toISOString(),
    ...(withOutput
      ? { outputRead: read ? { status: read.status, readAt: read.finished_at, stale: isStale(read, launch.change_seq, now) } : { status: 'none', readAt: null, stale: false } }
      : {}),
  };
  return downloadResponse('json', stem, jsonDocument(head, 'instances', pages(), () => ({ count, warnings })));
}

/** As the pages show it: Alibaba's 0 for a command that never started (or has not ended) is no exit code. */
function exitCodeOf(row: LaunchResultRow): number | null {
  const view = exitCodeView({ status: row.status, exitCode: row.exit_code, startTime: row.start_time });
  return view.kind === 'code' ? view.code : null;
}

function toEntry(row: LaunchResultRow, identity: InstanceIdentity | undefined, invokeId: string | null, withOutput: boolean): LaunchResultEntry {
  const entry: LaunchResultEntry = {
    instanceId: row.instance_id,
    name: identity?.name ?? null,
    invokeId,
    batch: row.batch_index + 1,
    status: row.status,
    exitCode: exitCodeOf(row),
    errorCode: row.error_code || null,
    errorInfo: row.error_info || null,
    startTime: row.start_time,
    finishTime: row.finish_time,
    stopTime: row.stop_time,
  };
  if (!withOutput) return entry;
  return { ...entry, output: row.output === null ? null : restoreIdentity(row.output, row.instance_id, identity), outputDroppedBytes: row.dropped };
}
