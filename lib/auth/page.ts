import 'server-only';

import { type Metadata } from 'next';
import { redirect } from 'next/navigation';

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
