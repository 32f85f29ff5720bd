import { Link } from '@/components/ui/link';
import { Suspense } from 'react';

import { type ActionResult } from '@/lib/action-result';
import { cn } from '@/lib/cn';

import { Logo } from './logo';
import { MobileMenu } from './mobile-menu';
import { ModeBadge } from './mode-badge';
import { NavLinks } from './nav-links';
import { SignOutButton } from './sign-out-button';

export function AppHeader({
  user,
  mode,
  signOut,
}: {
  user: { displayName: string; username: string; role: string };
  mode: { kind: 'sandbox' } | { kind: 'live'; regions: string[] };
  signOut: (input: Record<string, never>) => Promise<ActionResult<unknown>>;
}) {
  return (
    <header className="sticky top-0 z-30 border-b border-line bg-surface/85 backdrop-blur supports-[backdrop-filter]:bg-surface/75">
      <div className="mx-auto flex h-14 max-w-[1400px] items-center gap-4 px-4 sm:px-6">
        <Link href="/invoke" className="flex items-center gap-2 rounded-md pr-1 font-semibold tracking-tight">
          <Logo className="size-6" />
          <span>InvokeDeck</span>
        </Link>
        <ModeBadge mode={mode} />
        {/* Each client part in its own boundary: React hydrates them as separate short tasks, apart from the page's. */}
        <div className="hidden items-center gap-4 md:flex">
          <div className="mx-1 h-5 w-px bg-line" aria-hidden />
          <Suspense>
            <NavLinks isAdmin={user.role === 'admin'} />
          </Suspense>
        </div>
        <div className="ml-auto hidden items-center gap-3 md:flex">
          <CurrentUser user={user} className="text-right" data-testid="current-user" />
          <Suspense>
            <SignOutButton signOut={signOut} />
          </Suspense>
        </div>
        {/* A phone: the navigation, who is signed in and Sign out fold into a menu. */}
        <div className="ml-auto md:hidden">
          <Suspense>
            <MobileMenu>
              <NavLinks isAdmin={user.role === 'admin'} layout="column" />
              <div className="flex items-center justify-between gap-3 border-t border-line pt-3">
                <CurrentUser user={user} />
                <SignOutButton signOut={signOut} />
              </div>
            </MobileMenu>
          </Suspense>
        </div>
      </div>
    </header>
  );
}

/** Who is signed in: the name, then "username · role". */
function CurrentUser({ user, className, ...rest }: { user: { displayName: string; username: string; role: string }; className?: string; 'data-testid'?: string }) {
  return (
    <div className={cn('leading-tight', className)} {...rest}>
      <div className="text-[13px] font-medium text-ink">{user.displayName}</div>
      <div className="text-xs text-muted">
        {user.username} · {user.role}
      </div>
    </div>
  );
}
