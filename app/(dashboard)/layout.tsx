import { type ReactNode } from 'react';

import { AppHeader } from '@/components/layout/app-header';
import { requireUser } from '@/lib/auth/page';
import { modeInfo } from '@/lib/mode';

import { signOut } from '../(auth)/login/actions';

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await requireUser('/invoke');
  return (
    <div className="min-h-screen">
      <AppHeader user={user} mode={modeInfo()} signOut={signOut} />
      <main className="mx-auto max-w-[1400px] px-4 py-8 sm:px-6">{children}</main>
    </div>
  );
}
