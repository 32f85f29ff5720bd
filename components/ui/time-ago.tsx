'use client';

import { formatRelative, formatUtc } from '@/lib/format';

import { useNow } from './use-now';

/** A relative time ("3 min ago") that stays current, with the exact UTC time on hover. */
export function TimeAgo({ iso, className }: { iso: string; className?: string }) {
  const date = new Date(iso);
  const now = useNow();
  return (
    <time dateTime={iso} title={formatUtc(date)} className={className}>
      {now === null ? formatUtc(date) : formatRelative(date, new Date(now))}
    </time>
  );
}
