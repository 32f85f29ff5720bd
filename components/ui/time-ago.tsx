'use client';

import { useEffect, useState } from 'react';

import { formatRelative, formatUtc } from '@/lib/format';

/** A relative time ("3 min ago") that stays current, with the exact UTC time on hover. */
export function TimeAgo({ iso, className }: { iso: string; className?: string }) {
  const date = new Date(iso);
  const [now, setNow] = useState<Date | null>(null);
  useEffect(() => {
    setNow(new Date());
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return (
    <time dateTime={iso} title={formatUtc(date)} className={className}>
      {now ? formatRelative(date, now) : formatUtc(date)}
    </time>
  );
}
