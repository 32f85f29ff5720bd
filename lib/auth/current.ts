import 'server-only';

import { cookies, headers } from 'next/headers';
import { cache } from 'react';

import { getDb } from '@/lib/db';
import { getEnv } from '@/lib/env';

import { resolveSession, type SessionUser } from './sessions';

export const SESSION_COOKIE = 'invokedeck_session';

/** The signed-in user of this request, or null. Cached for the request's lifetime. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  return resolveSession(await getDb(), token, { ttlHours: getEnv().SESSION_TTL_HOURS });
});

export async function readSessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value;
}

/** HttpOnly, SameSite=Lax, and Secure everywhere but localhost (unless configured otherwise). */
export async function writeSessionCookie(token: string, expiresAt: Date): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: await cookieShouldBeSecure(),
    path: '/',
    expires: expiresAt,
  });
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 0 });
}

async function cookieShouldBeSecure(): Promise<boolean> {
  const setting = getEnv().SESSION_COOKIE_SECURE;
  if (setting !== 'auto') return setting === 'always';
  const host = ((await headers()).get('host') ?? '').replace(/:\d+$/, '');
  return !['localhost', '127.0.0.1', '[::1]'].includes(host);
}

/** Who is asking: the client address (first proxy hop) and user agent, for throttling and audit. */
export async function requestMeta(): Promise<{ ip: string | null; userAgent: string | null }> {
  const h = await headers();
  const forwarded = h.get('x-forwarded-for')?.split(',')[0]?.trim();
  return { ip: forwarded || h.get('x-real-ip') || null, userAgent: h.get('user-agent') };
}
