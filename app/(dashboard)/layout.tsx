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
      {/* The first stop of the Tab key: past the header's links straight to the page. */}
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2.5 focus:left-4 focus:z-50 focus:rounded-md focus:border focus:border-line focus:bg-surface focus:px-3 focus:py-2 focus:font-medium focus:text-ink focus:shadow-lg"
      >
        Skip to content
      </a>
      <AppHeader user={user} mode={modeInfo()} signOut={signOut} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-[1400px] px-4 py-8 focus:outline-none sm:px-6">
        {children}
      </main>
    </div>
  );
}
