import { ChevronLeft, ChevronRight } from 'lucide-react';
import { Link } from '@/components/ui/link';

import { buttonClasses } from '@/components/ui/button';
import { cn } from '@/lib/cn';

import { type ListCursor, type ListFilters, listHref } from './list-query';
import { formatNumber } from '@/lib/format';

/**
 * "Newer" and "Older": keyset cursors in the URL, so any page is a link that reopens it.
 * There is no page count on purpose: counting 100,000 launches on every view is what makes
 * history pages slow.
 */
export function ListPager({ filters, shown, newer, older }: { filters: ListFilters; shown: number; newer: ListCursor | null; older: ListCursor | null }) {
  return (
    <nav aria-label="Pages" className="flex items-center justify-between gap-4 border-t border-line px-5 py-2.5">
      <p className="text-xs text-muted tabular">
        {formatNumber(shown)} {shown === 1 ? 'launch' : 'launches'} on this page · newest first
      </p>
      <div className="flex items-center gap-1.5">
        <PageLink href={newer ? listHref(filters, { before: newer }) : null} label="Newer" icon="left" />
        <PageLink href={older ? listHref(filters, { after: older }) : null} label="Older" icon="right" />
      </div>
    </nav>
  );
}

/** A pager's link; without a page to go to, shown but not followable. */
export function PageLink({ href, label, icon }: { href: string | null; label: string; icon: 'left' | 'right' }) {
  const content = (
    <>
      {icon === 'left' ? <ChevronLeft aria-hidden className="size-3.5" /> : null}
      {label}
      {icon === 'right' ? <ChevronRight aria-hidden className="size-3.5" /> : null}
    </>
  );
  if (!href) {
    return (
      <span aria-disabled="true" role="link" className={cn(buttonClasses('secondary', 'sm'), 'cursor-not-allowed text-faint shadow-none hover:bg-surface')}>
        {content}
      </span>
    );
  }
  return (
    <Link href={href} className={buttonClasses('secondary', 'sm')}>
      {content}
    </Link>
  );
}
