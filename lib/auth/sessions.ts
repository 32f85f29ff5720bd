import 'server-only';

import { createHash, randomBytes } from 'node:crypto';

import { type Db } from '@/lib/db/client';
import { deleteSession, extendSession, findLiveSession, insertSession, type SessionWithUser } from '@/lib/db/sessions';

export type SessionUser = Pick<SessionWithUser, 'userId' | 'username' | 'displayName' | 'role'>;

/** The cookie carries a random token; the database keeps only its SHA-256. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function startSession(
  db: Db,
  userId: string,
  options: { ttlHours: number; userAgent: string | null; now?: Date },
): Promise<{ token: string; expiresAt: Date }> {
  const now = options.now ?? new Date();
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + options.ttlHours * 3_600_000);
  await insertSession(db, { id: sessionIdOf(token), userId, expiresAt, userAgent: options.userAgent }, now);
  return { token, expiresAt };
}

// Sliding expiry: activity pushes the end out, but at most once every five minutes.
const EXTEND_EVERY_MS = 5 * 60_000;

export async function resolveSession(
  db: Db,
  token: string | undefined,
  options: { ttlHours: number; now?: Date },
): Promise<SessionUser | null> {
  if (!token || token.length > 100) return null;
  const now = options.now ?? new Date();
  const session = await findLiveSession(db, sessionIdOf(token), now);
  if (!session) return null;
  if (now.getTime() - Date.parse(session.lastSeenAt) > EXTEND_EVERY_MS) {
    await extendSession(db, session.sessionId, new Date(now.getTime() + options.ttlHours * 3_600_000), now);
  }
  return { userId: session.userId, username: session.username, displayName: session.displayName, role: session.role };
}

export async function endSession(db: Db, token: string | undefined): Promise<void> {
  if (token) await deleteSession(db, sessionIdOf(token));
}
