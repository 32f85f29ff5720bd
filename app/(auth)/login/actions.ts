'use server';

import { z } from 'zod';

import { defineAction } from '@/lib/auth/action';
import { clearSessionCookie, readSessionToken, requestMeta, writeSessionCookie } from '@/lib/auth/current';
import { safeReturnPath, signInSchema } from '@/lib/accounts/schemas';
import { endSession, startSession } from '@/lib/auth/sessions';
import { attemptSignIn, failedSignInDetail } from '@/lib/auth/sign-in';
import { getDb } from '@/lib/db';
import { writeAudit } from '@/lib/db/audit';
import { getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';

export const signIn = defineAction({ name: 'signIn', access: 'public', schema: signInSchema }, async (input) => {
  const db = await getDb();
  const meta = await requestMeta();
  const outcome = await attemptSignIn(db, { username: input.username, password: input.password, ip: meta.ip });
  if (!outcome.ok) {
    await writeAudit(db, { actor: null, source: meta, action: 'auth.sign_in_failed', target: input.username.toLowerCase(), detail: failedSignInDetail(outcome) });
    if (outcome.reason === 'throttled') {
      throw new AppError('THROTTLED', 429, `Too many failed sign-ins. Wait ${outcome.retryAfterSeconds} s, then try again.`);
    }
    throw new AppError('BAD_CREDENTIALS', 401, 'Wrong username or password, or the account is disabled.');
  }
  // A new sign-in replaces whatever session this browser had.
  await endSession(db, await readSessionToken());
  const env = getEnv();
  const session = await startSession(db, outcome.user.id, { ttlHours: env.SESSION_TTL_HOURS, absoluteHours: env.SESSION_ABSOLUTE_HOURS, userAgent: meta.userAgent });
  // The browser may keep the cookie as long as the server could still accept it; the server decides.
  await writeSessionCookie(session.token, session.absoluteEnd);
  await writeAudit(db, { actor: { userId: outcome.user.id, username: outcome.user.username }, source: meta, action: 'auth.sign_in' });
  return { returnTo: safeReturnPath(input.next) };
});

export const signOut = defineAction({ name: 'signOut', access: 'viewer', schema: z.object({}) }, async (_input, { user }) => {
  const db = await getDb();
  await endSession(db, await readSessionToken());
  await clearSessionCookie();
  await writeAudit(db, { actor: user, action: 'auth.sign_out' });
  return { signedOut: true };
});
