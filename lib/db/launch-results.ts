import 'server-only';

import { type Db } from './client';
import { type InstanceRow } from './launches';

/** One instance of a launch as its results export writes it; `output` is its group's text, when read. */
export type LaunchResultRow = Pick<
  InstanceRow,
  'instance_id' | 'batch_index' | 'status' | 'exit_code' | 'error_code' | 'error_info' | 'repeats' | 'start_time' | 'finish_time' | 'stop_time' | 'dropped'
> & { output: string | null };

/**
 * A page of a launch's instances by instance ID (the primary key's order, so each page is an
 * index range however big the launch), after `afterInstanceId`. With `withOutput`, each
 * instance's output as the background read grouped it (`scope` is the launch's read), or null.
 */
export async function pageLaunchResults(
  db: Db,
  launchId: string,
  options: { afterInstanceId?: string | undefined; limit: number; withOutput: boolean; scope: string },
): Promise<LaunchResultRow[]> {
  let query = db
    .selectFrom('launch_instances as li')
    .select(['li.instance_id', 'li.batch_index', 'li.status', 'li.exit_code', 'li.error_code', 'li.error_info', 'li.repeats', 'li.start_time', 'li.finish_time', 'li.stop_time', 'li.dropped'])
    .where('li.launch_id', '=', launchId)
    .orderBy('li.instance_id')
    .limit(options.limit);
  if (options.afterInstanceId) query = query.where('li.instance_id', '>', options.afterInstanceId);
  if (!options.withOutput) return (await query.execute()).map((row) => ({ ...row, output: null }));
  return query
    .leftJoin('output_members as om', (join) => join.on('om.scope', '=', options.scope).onRef('om.instance_id', '=', 'li.instance_id'))
    .leftJoin('output_groups as og', (join) => join.onRef('og.scope', '=', 'om.scope').onRef('og.hash', '=', 'om.hash'))
    .select('og.output')
    .execute();
}
