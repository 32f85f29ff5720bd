import 'server-only';

import { type Db } from './client';
import { type OutputGroupRow } from './output-reads';

/**
 * Grouped outputs narrowed to instances in some statuses ("Failed", or every "Not
 * successful" one): a group counts only its members in those statuses, and a group with none
 * is left out, so the error three failed hosts share is the first thing shown.
 */
export interface StatusGroupsPage {
  /** Groups with at least one member in the statuses. */
  total: number;
  /** Members in the statuses, over every group. */
  instances: number;
  /** Each group's `instance_count` and `status_counts` count only its members in the statuses. */
  groups: OutputGroupRow[];
}

export async function pageOutputGroupsByStatus(db: Db, scope: string, statuses: readonly string[], offset: number, limit: number, membersShown: number): Promise<StatusGroupsPage> {
  const totals = await db
    .selectFrom('output_members')
    .select((eb) => [eb.fn.count<number | string>('hash').distinct().as('groups'), eb.fn.countAll<number | string>().as('instances')])
    .where('scope', '=', scope)
    .where('status', 'in', [...statuses])
    .executeTakeFirst();
  const counted = db
    .selectFrom('output_members')
    .select((eb) => ['hash', eb.fn.countAll<number | string>().as('matching')])
    .where('scope', '=', scope)
    .where('status', 'in', [...statuses])
    .groupBy('hash')
    .as('counted');
  const rows = await db
    .selectFrom('output_groups as g')
    .innerJoin(counted, 'counted.hash', 'g.hash')
    .selectAll('g')
    .select('counted.matching')
    .where('g.scope', '=', scope)
    .orderBy('counted.matching', 'desc')
    .orderBy('g.first_seen')
    .orderBy('g.hash')
    .limit(limit)
    .offset(offset)
    .execute();
  const hashes = rows.map((row) => row.hash);
  const byStatus = hashes.length
    ? await db
        .selectFrom('output_members')
        .select((eb) => ['hash', 'status', eb.fn.countAll<number | string>().as('n')])
        .where('scope', '=', scope)
        .where('hash', 'in', hashes)
        .where('status', 'in', [...statuses])
        .groupBy(['hash', 'status'])
        .execute()
    : [];
  const groups: StatusGroupsPage['groups'] = [];
  for (const { matching, ...row } of rows) {
    const members = await db
      .selectFrom('output_members')
      .select('instance_id')
      .where('scope', '=', scope)
      .where('hash', '=', row.hash)
      .where('status', 'in', [...statuses])
      .orderBy('instance_id')
      .limit(membersShown)
      .execute();
    const filtered = Object.fromEntries(byStatus.filter((entry) => entry.hash === row.hash).map((entry) => [entry.status, Number(entry.n)]));
    groups.push({ ...row, instance_count: Number(matching), status_counts: JSON.stringify(filtered), instance_ids: members.map((member) => member.instance_id) });
  }
  return { total: Number(totals?.groups ?? 0), instances: Number(totals?.instances ?? 0), groups };
}

/** A page of one group's members in the statuses; null when the scope has no such group. */
export async function pageOutputMembersByStatus(
  db: Db,
  scope: string,
  hash: string,
  statuses: readonly string[],
  offset: number,
  limit: number,
): Promise<{ total: number; members: { instanceId: string; status: string }[] } | null> {
  const group = await db.selectFrom('output_groups').select('hash').where('scope', '=', scope).where('hash', '=', hash).executeTakeFirst();
  if (!group) return null;
  const inStatuses = db.selectFrom('output_members').where('scope', '=', scope).where('hash', '=', hash).where('status', 'in', [...statuses]);
  const counted = await inStatuses.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst();
  const rows = await inStatuses.select(['instance_id', 'status']).orderBy('instance_id').limit(limit).offset(offset).execute();
  return { total: Number(counted?.n ?? 0), members: rows.map((row) => ({ instanceId: row.instance_id, status: row.status })) };
}
