import { Link } from '@/components/ui/link';
import { type ReactNode } from 'react';

import { buttonClasses } from './button';
import { Card } from './card';
import { EmptyState } from './empty-state';

/** A segment's not-found page: an h1 naming what was not found, why, and the way back. */
export function NotFoundPanel({ heading, title, icon, back, children }: { heading: string; title: string; icon: ReactNode; back: { href: string; label: string }; children: ReactNode }) {
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold tracking-tight">{heading}</h1>
      <Card>
        <EmptyState
          icon={icon}
          title={title}
          level={2}
          action={
            <Link href={back.href} className={buttonClasses('secondary', 'sm')}>
              {back.label}
            </Link>
          }
        >
          {children}
        </EmptyState>
      </Card>
    </div>
  );
}
