'use client';

import { Gauge, History, LayoutTemplate, Rocket, SquareTerminal, Users } from 'lucide-react';
import { Link } from '@/components/ui/link';
import { usePathname } from 'next/navigation';

import { cn } from '@/lib/cn';

const LINKS = [
  { href: '/overview', label: 'Overview', icon: Gauge },
  { href: '/invoke', label: 'Launch', icon: Rocket },
  { href: '/invocations', label: 'Invocations', icon: History },
  { href: '/commands', label: 'Commands', icon: SquareTerminal },
  { href: '/presets', label: 'Presets', icon: LayoutTemplate },
  { href: '/admin', label: 'Admin', icon: Users, adminOnly: true },
] as const;

/** The main navigation: a row in the header, or a column in the phone menu. */
export function NavLinks({ isAdmin, layout = 'row' }: { isAdmin: boolean; layout?: 'row' | 'column' }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className={layout === 'row' ? 'flex items-center gap-0.5' : 'flex flex-col gap-1'}>
      {LINKS.filter((link) => !('adminOnly' in link) || isAdmin).map(({ href, label, icon: Icon }) => {
        const active = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link
            key={href}
            href={href}
            aria-current={active ? 'page' : undefined}
            className={cn(
              'inline-flex items-center gap-1.5 rounded-md px-2.5 font-medium transition-colors',
              // Six links, the mode and who is signed in share the header from 768 px: icons join at xl.
              layout === 'row' ? 'h-8 px-2 text-[13px] xl:px-2.5' : 'h-10 text-sm',
              active ? 'bg-surface-2 text-ink' : 'text-muted hover:bg-surface-2/70 hover:text-ink',
            )}
          >
            <Icon aria-hidden className={cn('size-3.5', layout === 'row' && 'hidden xl:block')} />
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
