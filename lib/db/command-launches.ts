import 'server-only';

import { type OutcomeCounts } from '@/lib/launches/outcomes';

import { type Db } from './client';
import { launchOutcomes } from './launch-list';

/** One launch of a command, as its page lists it. */
export interface CommandLaunchRow {
  id: string;
  createdAt: string;
  createdBy: string;
  /** Which of the command's IDs it ran: a version of a public command has its own. */
  commandId: string;
  repeatMode: string;
  instanceCount: number;
  sendStatus: string;
  status: string;
  outcomes: OutcomeCounts | null;
}

/**
 * The launches that used any of these command IDs in a region, newest first. The
 * (command_id, created_at, id) index answers it; outcomes come in one grouped query.
 */
export async function listCommandLaunches(db: Db, input: { regionId: string; commandIds: readonly string[]; limit: number }): Promise<CommandLaunchRow[]> {
  if (input.commandIds.length === 0) return [];
  const rows = await db
    .selectFrom('launches')
    .select(['id', 'created_at', 'created_by_username', 'command_id', 'repeat_mode', 'instance_count', 'send_status', 'status'])
    .where('command_id', 'in', [...input.commandIds])
    .where('region_id', '=', input.regionId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(input.limit)
    .execute();
  const outcomes = await launchOutcomes(db, rows.map((row) => row.id));
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.created_at,
    createdBy: row.created_by_username,
    commandId: row.command_id,
    repeatMode: row.repeat_mode,
    instanceCount: row.instance_count,
    sendStatus: row.send_status,
    status: row.status,
    outcomes: outcomes.get(row.id) ?? null,
  }));
}
