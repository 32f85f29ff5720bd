import 'server-only';

import { type Metadata } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';

import { RETURN_TO_HEADER } from './cookie';
import { getCurrentUser } from './current';
import { roleAtLeast, type Role } from '@/lib/accounts/roles';
import { type SessionUser } from './sessions';

/**
 * For pages and layouts: the signed-in user, or a redirect to /login that comes back here.
 * Pages check for themselves; the dashboard layout's check is not enough on its own.
 */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  return user;
}

/**
 * For a segment layout with a loading.tsx: its pages stream behind the loading state, so their
 * own redirect would come after a 200 has begun. The layout renders first and can still answer
 * 307, back to the exact page asked for (proxy.ts passes it on), query string included.
 */
export async function requireUserBeforeStreaming(segment: string): Promise<SessionUser> {
  const asked = (await headers()).get(RETURN_TO_HEADER);
  return requireUser(asked?.startsWith(segment) ? asked : segment);
}

export function canAct(user: SessionUser, needed: Role): boolean {
  return roleAtLeast(user.role, needed);
}

/**
 * A page's title, built only for a signed-in caller: the names of presets and InvokeIds are
 * data, and an anonymous caller (who is redirected anyway) learns nothing from a <title>.
 */
export async function signedInTitle(build: () => Promise<string> | string): Promise<Metadata> {
  return { title: (await getCurrentUser()) ? await build() : 'Sign in' };
}
