'use client';

import { History, LayoutTemplate, Rocket, Users } from 'lucide-react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

import { cn } from '@/lib/cn';

const LINKS = [
  { href: '/invoke', label: 'Launch', icon: Rocket },
  { href: '/invocations', label: 'Invocations', icon: History },
  { href: '/presets', label: 'Presets', icon: LayoutTemplate },
  { href: '/admin', label: 'Admin', icon: Users, adminOnly: true },
] as const;

export function NavLinks({ isAdmin }: { isAdmin: boolean }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex items-center gap-0.5">
      {LINKS.filter((link) => !('adminOnly' in link) || isAdmin).map(({ href, label, icon: Icon }) => {
        const active = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link
            key={href}
            href={href}
            aria-current={active ? 'page' : undefined}
            className={cn(
              'inline-flex h-8 items-center gap-1.5 rounded-md px-2.5 text-[13px] font-medium transition-colors',
              active ? 'bg-surface-2 text-ink' : 'text-muted hover:bg-surface-2/70 hover:text-ink',
            )}
          >
            <Icon aria-hidden className="size-3.5" />
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
