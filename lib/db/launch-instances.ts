import 'server-only';

import { type Db } from './client';
import { type InstanceRow } from './launches';

export type InstanceState = Pick<InstanceRow, 'status' | 'exit_code' | 'error_code' | 'error_info' | 'repeats' | 'start_time' | 'finish_time' | 'stop_time' | 'dropped'>;

/** Set one status (and reason) on instances of a launch: all of a batch, or the given ones. */
export async function markInstances(
  tx: Db,
  launchId: string,
  target: { batchIndex: number } | { instanceIds: readonly string[] },
  state: Pick<InstanceRow, 'status'> & Partial<Pick<InstanceRow, 'error_code' | 'error_info'>>,
  seq: number,
): Promise<void> {
  let query = tx.updateTable('launch_instances').set({ ...state, change_seq: seq }).where('launch_id', '=', launchId);
  if ('batchIndex' in target) query = query.where('batch_index', '=', target.batchIndex);
  else {
    if (target.instanceIds.length === 0) return;
    query = query.where('instance_id', 'in', target.instanceIds);
  }
  await query.execute();
}

/**
 * Write what ECS said about a batch's instances: only rows that differ from what we hold are
 * touched (and stamped with `seq`), so a page polling for changes gets only those. Returns how
 * many changed.
 */
export async function applyInstanceStates(tx: Db, launchId: string, batchIndex: number, states: ReadonlyMap<string, InstanceState>, seq: number): Promise<number> {
  const current = await tx.selectFrom('launch_instances').selectAll().where('launch_id', '=', launchId).where('batch_index', '=', batchIndex).execute();
  let changed = 0;
  for (const row of current) {
    const next = states.get(row.instance_id);
    if (!next || sameState(row, next)) continue;
    await tx.updateTable('launch_instances').set({ ...next, change_seq: seq }).where('launch_id', '=', launchId).where('instance_id', '=', row.instance_id).execute();
    changed += 1;
  }
  // A tag-target batch learns its instances from Alibaba: the first report adds their rows.
  const known = new Set(current.map((row) => row.instance_id));
  const reached = [...states].filter(([instanceId]) => !known.has(instanceId));
  if (reached.length > 0) {
    await tx
      .insertInto('launch_instances')
      .values(reached.map(([instanceId, state]) => ({ launch_id: launchId, instance_id: instanceId, batch_index: batchIndex, ...state, change_seq: seq })))
      .onConflict((oc) => oc.columns(['launch_id', 'instance_id']).doNothing())
      .execute();
    await tx.updateTable('launches').set((eb) => ({ instance_count: eb('instance_count', '+', reached.length) })).where('id', '=', launchId).execute();
    changed += reached.length;
  }
  return changed;
}

function sameState(row: InstanceRow, next: InstanceState): boolean {
  return (
    row.status === next.status &&
    row.exit_code === next.exit_code &&
    row.error_code === next.error_code &&
    row.error_info === next.error_info &&
    row.repeats === next.repeats &&
    row.start_time === next.start_time &&
    row.finish_time === next.finish_time &&
    row.stop_time === next.stop_time &&
    row.dropped === next.dropped
  );
}
