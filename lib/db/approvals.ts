import 'server-only';

import { type ApprovalRule } from '@/lib/approvals/rules';

import { type Db } from './client';
import { bumpLaunch, type LaunchRow } from './launches';
import { type ApprovalRulesTable } from './schema';

function ruleOf(row: ApprovalRulesTable): ApprovalRule & { createdBy: string; createdAt: string } {
  return { id: row.id, regionId: row.region_id, minInstances: row.min_instances, tagKey: row.tag_key, tagValue: row.tag_value, createdBy: row.created_by_username, createdAt: row.created_at };
}

export async function listApprovalRules(db: Db): Promise<Array<ApprovalRule & { createdBy: string; createdAt: string }>> {
  return (await db.selectFrom('approval_rules').selectAll().orderBy('created_at').execute()).map(ruleOf);
}

export async function insertApprovalRule(db: Db, rule: ApprovalRulesTable): Promise<void> {
  await db.insertInto('approval_rules').values(rule).execute();
}

export async function deleteApprovalRule(db: Db, id: string): Promise<ApprovalRulesTable | null> {
  const row = await db.selectFrom('approval_rules').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  await db.deleteFrom('approval_rules').where('id', '=', id).execute();
  return row;
}

/**
 * Record a decision on a launch still awaiting one; false when it was not (decided meanwhile,
 * perhaps on another replica: the condition is in the UPDATE, so two decisions cannot both win).
 */
export async function decideApproval(
  tx: Db,
  launch: Pick<LaunchRow, 'id'>,
  decision: { state: 'approved' | 'rejected' | 'expired'; by: string | null; comment: string | null },
  now: Date,
): Promise<boolean> {
  const result = await tx
    .updateTable('launches')
    .set({ approval_state: decision.state, approval_by: decision.by, approval_comment: decision.comment, approval_at: now.toISOString(), ...(decision.state === 'approved' && { status: 'Pending' }) })
    .where('id', '=', launch.id)
    .where('approval_state', '=', 'requested')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return false;
  await bumpLaunch(tx, launch.id, now);
  return true;
}

/** Requests past their deadline, to expire. */
export async function expiredApprovalRequests(db: Db, now: Date): Promise<string[]> {
  const rows = await db.selectFrom('launches').select('id').where('approval_state', '=', 'requested').where('approval_expires_at', '<', now.toISOString()).limit(100).execute();
  return rows.map((row) => row.id);
}

/** Launches awaiting approval, newest first, for the invocations list's banner. */
export async function pendingApprovals(db: Db, limit = 20): Promise<Array<Pick<LaunchRow, 'id' | 'created_at' | 'created_by_username' | 'command_name' | 'region_id' | 'instance_count' | 'approval_reason' | 'approval_expires_at'>>> {
  return db
    .selectFrom('launches')
    .select(['id', 'created_at', 'created_by_username', 'command_name', 'region_id', 'instance_count', 'approval_reason', 'approval_expires_at'])
    .where('approval_state', '=', 'requested')
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}
