import 'server-only';

import { type Db } from './client';
import { type Role } from './schema';

export interface SessionWithUser {
  sessionId: string;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
  userId: string;
  username: string;
  displayName: string;
  role: Role;
}

export async function insertSession(
  db: Db,
  session: { id: string; userId: string; expiresAt: Date; userAgent: string | null },
  now = new Date(),
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: session.id,
      user_id: session.userId,
      created_at: now.toISOString(),
      expires_at: session.expiresAt.toISOString(),
      last_seen_at: now.toISOString(),
      user_agent: session.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
}

/** The live session with this id (not expired, born after `bornAfter`) and its enabled user, or undefined. */
export function findLiveSession(db: Db, id: string, now: Date, bornAfter: Date): Promise<SessionWithUser | undefined> {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as sessionId',
      'sessions.created_at as createdAt',
      'sessions.expires_at as expiresAt',
      'sessions.last_seen_at as lastSeenAt',
      'users.id as userId',
      'users.username as username',
      'users.display_name as displayName',
      'users.role as role',
    ])
    .where('sessions.id', '=', id)
    .where('sessions.expires_at', '>', now.toISOString())
    .where('sessions.created_at', '>', bornAfter.toISOString())
    .where('users.disabled', '=', 0)
    .executeTakeFirst();
}

export async function extendSession(db: Db, id: string, expiresAt: Date, now = new Date()): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ expires_at: expiresAt.toISOString(), last_seen_at: now.toISOString() })
    .where('id', '=', id)
    .execute();
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteSessionsOfUser(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** Remove sessions that can no longer be used: idle past their end, or born before `bornBefore`. */
export async function deleteExpiredSessions(db: Db, now: Date, bornBefore: Date): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', now.toISOString()), eb('created_at', '<=', bornBefore.toISOString())]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
