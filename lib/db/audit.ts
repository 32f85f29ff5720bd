import 'server-only';

import { sql } from 'kysely';

import { type RequestSource } from '@/lib/http/request-source';

import { type Db } from './client';

/** Who did it: a signed-in person (with the request they came from), or no one (sign-in failures, first start). */
export interface AuditActor {
  userId: string;
  username: string;
  source?: RequestSource | undefined;
}

export interface AuditEntry {
  actor: AuditActor | null;
  /** Where the request came from; defaults to the actor's. */
  source?: RequestSource | null;
  action: string;
  target?: string | null;
  /** Must never hold secrets: callers pass masked values only. */
  detail?: Record<string, unknown> | null;
}

export async function writeAudit(db: Db, entry: AuditEntry, now = new Date()): Promise<void> {
  const source = entry.source ?? entry.actor?.source ?? null;
  await db
    .insertInto('audit_log')
    .values({
      at: now.toISOString(),
      actor_id: entry.actor?.userId ?? null,
      actor_username: entry.actor?.username ?? null,
      action: entry.action,
      target: entry.target?.slice(0, 200) ?? null,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
      source_ip: source?.ip?.slice(0, 64) ?? null,
      user_agent: source?.userAgent?.slice(0, 300) ?? null,
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
  sourceIp: string | null;
  userAgent: string | null;
}

export interface AuditQuery {
  limit: number;
  /** The (at, id) of the last entry already had: the page goes on from there. */
  before?: { at: string; id: number } | undefined;
  actor?: string | undefined;
  action?: string | undefined;
  /** Part of the target, in any case (`%` and `_` are matched as typed). */
  target?: string | undefined;
  /** ISO instants: from inclusive, to exclusive. */
  fromAt?: string | undefined;
  toAt?: string | undefined;
  /** Entries to skip first (the export looks this far ahead to know whether more follow). */
  offset?: number | undefined;
}

/** Newest first, keyset-paged on (at, id); optionally narrowed to a person, an action, a target and a time range. */
export function listAudit(db: Db, options: AuditQuery): Promise<AuditRecord[]> {
  let query = db
    .selectFrom('audit_log')
    .select(['id', 'at', 'actor_username as actorUsername', 'action', 'target', 'detail', 'source_ip as sourceIp', 'user_agent as userAgent'])
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit);
  if (options.offset) query = query.offset(options.offset);
  if (options.actor) query = query.where('actor_username', '=', options.actor);
  if (options.action) query = query.where('action', '=', options.action);
  if (options.target) {
    const pattern = `%${options.target.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    query = query.where(sql<boolean>`lower(${sql.ref('target')}) like ${pattern} escape '\\'`);
  }
  if (options.fromAt) query = query.where('at', '>=', options.fromAt);
  if (options.toAt) query = query.where('at', '<', options.toAt);
  const before = options.before;
  if (before) {
    query = query.where((eb) =>
      eb.or([eb('at', '<', before.at), eb.and([eb('at', '=', before.at), eb('id', '<', before.id)])]),
    );
  }
  return query.execute();
}
