import { type ReactNode } from 'react';

import { cn } from '@/lib/cn';

const HIDDEN_FROM = { sm: 'sm:hidden', md: 'md:hidden', lg: 'lg:hidden' } as const;

/**
 * A column's name shown inside its cell where a table stacks into cards on a narrow screen.
 * Hidden from screen readers: the cell's column header already names it for them.
 */
export function CellLabel({ children, until, className }: { children: ReactNode; until: keyof typeof HIDDEN_FROM; className?: string }) {
  return (
    <span aria-hidden className={cn('mb-1 block text-[11px] font-medium tracking-wide text-muted uppercase', HIDDEN_FROM[until], className)}>
      {children}
    </span>
  );
}
