import 'server-only';

import { createHash, randomBytes } from 'node:crypto';

import { type Db } from '@/lib/db/client';
import { type RequestSource } from '@/lib/http/request-source';
import { deleteSession, extendSession, findLiveSession, insertSession, type SessionWithUser } from '@/lib/db/sessions';

export type SessionUser = Pick<SessionWithUser, 'userId' | 'username' | 'displayName' | 'role'> & {
  /** The request this user is acting through, for the audit log (set per request by getCurrentUser). */
  source?: RequestSource;
};

/** The cookie carries a random token; the database keeps only its SHA-256. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** How long a session lives: idle (`ttlHours`, pushed out by activity) and at most (`absoluteHours` from sign-in). */
export interface SessionLifetime {
  ttlHours: number;
  absoluteHours: number;
}

const HOUR_MS = 3_600_000;

export async function startSession(
  db: Db,
  userId: string,
  options: SessionLifetime & { userAgent: string | null; now?: Date },
): Promise<{ token: string; expiresAt: Date; absoluteEnd: Date }> {
  const now = options.now ?? new Date();
  const token = randomBytes(32).toString('base64url');
  const absoluteEnd = new Date(now.getTime() + options.absoluteHours * HOUR_MS);
  const expiresAt = new Date(Math.min(now.getTime() + options.ttlHours * HOUR_MS, absoluteEnd.getTime()));
  await insertSession(db, { id: sessionIdOf(token), userId, expiresAt, userAgent: options.userAgent }, now);
  return { token, expiresAt, absoluteEnd };
}

// Sliding expiry: activity pushes the end out, but at most once every five minutes.
const EXTEND_EVERY_MS = 5 * 60_000;

/**
 * The session's user, when the session is live: not expired by idleness, not older than its
 * absolute lifetime (a stolen cookie kept busy still dies), and its user enabled.
 */
export async function resolveSession(
  db: Db,
  token: string | undefined,
  options: SessionLifetime & { now?: Date },
): Promise<SessionUser | null> {
  if (!token || token.length > 100) return null;
  const now = options.now ?? new Date();
  const bornAfter = new Date(now.getTime() - options.absoluteHours * HOUR_MS);
  const session = await findLiveSession(db, sessionIdOf(token), now, bornAfter);
  if (!session) return null;
  if (now.getTime() - Date.parse(session.lastSeenAt) > EXTEND_EVERY_MS) {
    const end = Math.min(now.getTime() + options.ttlHours * HOUR_MS, Date.parse(session.createdAt) + options.absoluteHours * HOUR_MS);
    await extendSession(db, session.sessionId, new Date(end), now);
  }
  return { userId: session.userId, username: session.username, displayName: session.displayName, role: session.role };
}

export async function endSession(db: Db, token: string | undefined): Promise<void> {
  if (token) await deleteSession(db, sessionIdOf(token));
}
