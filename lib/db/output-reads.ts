import 'server-only';

import { type ExpressionBuilder } from 'kysely';

import { type Db } from './client';
import { type Database, type OutputGroupsTable, type OutputReadsTable } from './schema';

/**
 * Background reads of grouped outputs: one row per scope (`launch:<id>` or `invoke:<id>`),
 * queued by a viewer, claimed by one reader with a lease, moved along one InvokeId at a
 * time, and the groups and members it writes, paged for the routes.
 */
export type OutputReadRow = OutputReadsTable;

export function findOutputRead(db: Db, scope: string): Promise<OutputReadRow | undefined> {
  return db.selectFrom('output_reads').selectAll().where('scope', '=', scope).executeTakeFirst();
}

export interface QueueRead {
  scope: string;
  region: string;
  requestedBy: string;
  now: Date;
  /**
   * null: only when the scope was never read. Otherwise the finished read being replaced, as
   * the caller saw it: if another request replaced it meanwhile, this one does nothing.
   */
  replacing: { finishedAt: string | null } | null;
}

/**
 * Queue a read. Re-queuing a finished one forgets what it found, in the same transaction; a
 * queued or reading one is never replaced. False when nothing was queued (someone else was first).
 */
export async function queueOutputRead(db: Db, { scope, region, requestedBy, now, replacing }: QueueRead): Promise<boolean> {
  const fresh = {
    region_id: region,
    status: 'queued' as const,
    invoke_ids: null,
    invocations_read: 0,
    invocations_total: 0,
    instances_read: 0,
    launch_seq: null,
    requested_at: now.toISOString(),
    requested_by: requestedBy,
    started_at: null,
    finished_at: null,
    error_code: null,
    error_message: null,
    lease_owner: null,
    lease_until: null,
  };
  if (!replacing) {
    const inserted = await db.insertInto('output_reads').values({ scope, ...fresh }).onConflict((oc) => oc.column('scope').doNothing()).executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  return db.transaction().execute(async (tx) => {
    let update = tx.updateTable('output_reads').set(fresh).where('scope', '=', scope).where('status', 'in', ['done', 'failed']);
    update = replacing.finishedAt === null ? update.where('finished_at', 'is', null) : update.where('finished_at', '=', replacing.finishedAt);
    const updated = await update.executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) return false;
    await tx.deleteFrom('output_members').where('scope', '=', scope).execute();
    await tx.deleteFrom('output_groups').where('scope', '=', scope).execute();
    return true;
  });
}

/**
 * Take the oldest read waiting (or one whose reader stopped renewing its lease). The update is
 * conditional on the row still being free, so of two replicas racing for it exactly one gets it.
 */
export async function claimOutputRead(db: Db, owner: string, now: Date, until: Date): Promise<OutputReadRow | undefined> {
  const at = now.toISOString();
  const free = (eb: ExpressionBuilder<Database, 'output_reads'>) => eb.or([eb('status', '=', 'queued'), eb.and([eb('status', '=', 'reading'), eb('lease_until', '<', at)])]);
  const candidates = await db.selectFrom('output_reads').select('scope').where(free).orderBy('requested_at').limit(5).execute();
  for (const { scope } of candidates) {
    const claimed = await db
      .updateTable('output_reads')
      .set((eb) => ({ status: 'reading', lease_owner: owner, lease_until: until.toISOString(), started_at: eb.fn.coalesce('started_at', eb.val(at)) }))
      .where('scope', '=', scope)
      .where(free)
      .returningAll()
      .executeTakeFirst();
    if (claimed) return claimed;
  }
  return undefined;
}

/** Fix what a claimed read covers, once, when it starts; false if the lease was lost meanwhile. */
export async function planOutputRead(db: Db, scope: string, owner: string, invokeIds: readonly string[], launchSeq: number | null): Promise<boolean> {
  const result = await db
    .updateTable('output_reads')
    .set({ invoke_ids: JSON.stringify(invokeIds), invocations_total: invokeIds.length, launch_seq: launchSeq })
    .where('scope', '=', scope)
    .where('lease_owner', '=', owner)
    .where('status', '=', 'reading')
    .where('invoke_ids', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Keep the lease while a slow call goes on; false when another reader took the read over. */
export async function renewOutputRead(db: Db, scope: string, owner: string, until: Date): Promise<boolean> {
  const result = await db
    .updateTable('output_reads')
    .set({ lease_until: until.toISOString() })
    .where('scope', '=', scope)
    .where('lease_owner', '=', owner)
    .where('status', '=', 'reading')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Done: what it found stays until the read is queued again. */
export async function finishOutputRead(db: Db, scope: string, owner: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('output_reads')
    .set({ status: 'done', finished_at: now.toISOString(), lease_owner: null, lease_until: null })
    .where('scope', '=', scope)
    .where('lease_owner', '=', owner)
    .where('status', '=', 'reading')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Failed, with the code (Alibaba's, unchanged) and what to do; the groups read so far are kept. */
export async function failOutputRead(db: Db, scope: string, owner: string, now: Date, error: { code: string; message: string }): Promise<boolean> {
  const result = await db
    .updateTable('output_reads')
    .set({ status: 'failed', finished_at: now.toISOString(), error_code: error.code, error_message: error.message, lease_owner: null, lease_until: null })
    .where('scope', '=', scope)
    .where('lease_owner', '=', owner)
    .where('status', '=', 'reading')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** One group of identical output within one InvokeId, as the reader found it. */
export interface StepGroup {
  hash: string;
  output: string;
  dropped: number;
  /** Instances read before its first member, over the whole read. */
  firstSeen: number;
  members: { instanceId: string; status: string }[];
}

export interface OutputStep {
  scope: string;
  owner: string;
  /** Index of the InvokeId this step read: the read's `invocations_read` before it. */
  step: number;
  until: Date;
  groups: readonly StepGroup[];
}

/** Rows per INSERT: far under SQLite's bound-parameter limit. */
const CHUNK = 200;

/**
 * Record one InvokeId's outputs as one step of the read, in one transaction: its members,
 * and each group's counts added to what earlier InvokeIds found. The step is taken first
 * (which locks the read's row): a reader whose lease was taken over finds it gone and writes
 * nothing, so every InvokeId counts once. An instance already counted (in an earlier batch)
 * is not counted again. False when the step was not ours.
 */
export async function recordOutputStep(db: Db, { scope, owner, step, until, groups }: OutputStep): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const taken = await tx
      .updateTable('output_reads')
      .set({ invocations_read: step + 1, lease_until: until.toISOString() })
      .where('scope', '=', scope)
      .where('lease_owner', '=', owner)
      .where('status', '=', 'reading')
      .where('invocations_read', '=', step)
      .executeTakeFirst();
    if (Number(taken.numUpdatedRows) !== 1) return false;
    if (groups.length === 0) return true;
    const known = await tx.selectFrom('output_groups').selectAll().where('scope', '=', scope).where('hash', 'in', groups.map((group) => group.hash)).execute();
    const before = new Map(known.map((row) => [row.hash, row]));
    const rows = [];
    let added = 0;
    for (const group of groups) {
      const inserted = await insertMembers(tx, scope, group);
      if (inserted.length === 0) continue;
      const statusOf = new Map(group.members.map((member) => [member.instanceId, member.status]));
      const old = before.get(group.hash);
      const counts = old ? (JSON.parse(old.status_counts) as Record<string, number>) : {};
      for (const instanceId of inserted) {
        const status = statusOf.get(instanceId) ?? '';
        counts[status] = (counts[status] ?? 0) + 1;
      }
      rows.push({
        scope,
        hash: group.hash,
        output: old?.output ?? group.output,
        dropped: Math.max(old?.dropped ?? 0, group.dropped),
        instance_count: (old?.instance_count ?? 0) + inserted.length,
        status_counts: JSON.stringify(counts),
        first_seen: old?.first_seen ?? group.firstSeen,
      });
      added += inserted.length;
    }
    for (let start = 0; start < rows.length; start += CHUNK) {
      await tx
        .insertInto('output_groups')
        .values(rows.slice(start, start + CHUNK))
        .onConflict((oc) =>
          oc.columns(['scope', 'hash']).doUpdateSet((eb) => ({
            dropped: eb.ref('excluded.dropped'),
            instance_count: eb.ref('excluded.instance_count'),
            status_counts: eb.ref('excluded.status_counts'),
          })),
        )
        .execute();
    }
    if (added > 0) await tx.updateTable('output_reads').set((eb) => ({ instances_read: eb('instances_read', '+', added) })).where('scope', '=', scope).execute();
    return true;
  });
}

/** A group's new members; returns the IDs actually inserted (not counted before in this scope). */
async function insertMembers(tx: Db, scope: string, group: StepGroup): Promise<string[]> {
  const inserted: string[] = [];
  for (let start = 0; start < group.members.length; start += CHUNK) {
    const rows = group.members.slice(start, start + CHUNK).map((member) => ({ scope, instance_id: member.instanceId, hash: group.hash, status: member.status }));
    const returned = await tx
      .insertInto('output_members')
      .values(rows)
      .onConflict((oc) => oc.columns(['scope', 'instance_id']).doNothing())
      .returning('instance_id')
      .execute();
    inserted.push(...returned.map((row) => row.instance_id));
  }
  return inserted;
}

export type OutputGroupRow = OutputGroupsTable & { instance_ids: string[] };

/** A page of a scope's groups, most instances first (then in the order they were met), each with its first members. */
export async function pageOutputGroups(db: Db, scope: string, offset: number, limit: number, membersShown: number): Promise<{ total: number; groups: OutputGroupRow[] }> {
  const counted = await db.selectFrom('output_groups').select((eb) => eb.fn.countAll().as('n')).where('scope', '=', scope).executeTakeFirst();
  const rows = await db
    .selectFrom('output_groups')
    .selectAll()
    .where('scope', '=', scope)
    .orderBy('instance_count', 'desc')
    .orderBy('first_seen')
    .orderBy('hash')
    .limit(limit)
    .offset(offset)
    .execute();
  const groups: OutputGroupRow[] = [];
  for (const row of rows) {
    const members = await db.selectFrom('output_members').select('instance_id').where('scope', '=', scope).where('hash', '=', row.hash).orderBy('instance_id').limit(membersShown).execute();
    groups.push({ ...row, instance_ids: members.map((member) => member.instance_id) });
  }
  return { total: Number(counted?.n ?? 0), groups };
}

/** A page of the instances that returned one group's output, by instance ID; null when the scope has no such group. */
export async function pageOutputMembers(db: Db, scope: string, hash: string, offset: number, limit: number): Promise<{ total: number; members: { instanceId: string; status: string }[] } | null> {
  const group = await db.selectFrom('output_groups').select('instance_count').where('scope', '=', scope).where('hash', '=', hash).executeTakeFirst();
  if (!group) return null;
  const rows = await db
    .selectFrom('output_members')
    .select(['instance_id', 'status'])
    .where('scope', '=', scope)
    .where('hash', '=', hash)
    .orderBy('instance_id')
    .limit(limit)
    .offset(offset)
    .execute();
  return { total: group.instance_count, members: rows.map((row) => ({ instanceId: row.instance_id, status: row.status })) };
}

/**
 * Forget reads finished before `before`, with their groups and members (a launch's can hold
 * 10,000 outputs); asking again reads anew. Returns how many reads went.
 */
export async function purgeOutputReads(db: Db, before: Date): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const old = await tx.selectFrom('output_reads').select('scope').where('status', 'in', ['done', 'failed']).where('finished_at', '<', before.toISOString()).execute();
    const scopes = old.map((row) => row.scope);
    for (let start = 0; start < scopes.length; start += 500) {
      const chunk = scopes.slice(start, start + 500);
      await tx.deleteFrom('output_members').where('scope', 'in', chunk).execute();
      await tx.deleteFrom('output_groups').where('scope', 'in', chunk).execute();
      await tx.deleteFrom('output_reads').where('scope', 'in', chunk).where('status', 'in', ['done', 'failed']).execute();
    }
    return scopes.length;
  });
}
