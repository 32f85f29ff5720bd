import 'server-only';

import { type Db } from './client';

export interface AuditEntry {
  actorId: string | null;
  actorUsername: string | null;
  action: string;
  target?: string | null;
  /** Must never hold secrets: callers pass masked values only. */
  detail?: Record<string, unknown> | null;
}

export async function writeAudit(db: Db, entry: AuditEntry, now = new Date()): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: now.toISOString(),
      actor_id: entry.actorId,
      actor_username: entry.actorUsername,
      action: entry.action,
      target: entry.target ?? null,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
    })
    .execute();
}

export interface AuditRecord {
  id: number;
  at: string;
  actorUsername: string | null;
  action: string;
  target: string | null;
  detail: string | null;
}

/** Newest first, keyset-paged on (at, id); optionally one person's entries only. */
export function listAudit(db: Db, options: { limit: number; before?: { at: string; id: number } | undefined; actor?: string | undefined }): Promise<AuditRecord[]> {
  let query = db
    .selectFrom('audit_log')
    .select(['id', 'at', 'actor_username as actorUsername', 'action', 'target', 'detail'])
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit);
  if (options.actor) query = query.where('actor_username', '=', options.actor);
  const before = options.before;
  if (before) {
    query = query.where((eb) =>
      eb.or([eb('at', '<', before.at), eb.and([eb('at', '=', before.at), eb('id', '<', before.id)])]),
    );
  }
  return query.execute();
}
