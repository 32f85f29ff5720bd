import { type ReactNode } from 'react';

import { AppHeader } from '@/components/layout/app-header';
import { getCurrentUser } from '@/lib/auth/current';
import { modeInfo } from '@/lib/mode';

import { signOut } from '../(auth)/login/actions';

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  // Each page redirects to /login itself (it knows its own path to come back to); without a
  // session the layout renders no shell and leaves that to the page.
  const user = await getCurrentUser();
  if (!user) return <>{children}</>;
  return (
    <div className="min-h-screen">
      <AppHeader user={user} mode={modeInfo()} signOut={signOut} />
      <main className="mx-auto max-w-[1400px] px-4 py-8 sm:px-6">{children}</main>
    </div>
  );
}
