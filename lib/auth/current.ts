import 'server-only';

import { cookies, headers } from 'next/headers';
import { cache } from 'react';

import { getDb } from '@/lib/db';

import { SESSION_COOKIE } from './cookie';
import { getEnv } from '@/lib/env';
import { EDGE_KEY_ENV, trustedClientAddress } from '@/lib/http/forwarded';
import { type RequestSource } from '@/lib/http/request-source';

import { resolveSession, type SessionUser } from './sessions';


/** The signed-in user of this request, or null. Cached for the request's lifetime. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  const env = getEnv();
  const user = await resolveSession(await getDb(), token, { ttlHours: env.SESSION_TTL_HOURS, absoluteHours: env.SESSION_ABSOLUTE_HOURS });
  return user ? { ...user, source: await requestMeta() } : null;
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

/**
 * Who is asking, for throttling and audit: the client address our server settled on from the
 * socket and TRUSTED_PROXIES (never a header the caller set), and the user agent.
 */
export async function requestMeta(): Promise<RequestSource> {
  const h = await headers();
  return { ip: trustedClientAddress((name) => h.get(name), process.env[EDGE_KEY_ENV]), userAgent: h.get('user-agent')?.slice(0, 300) ?? null };
}
