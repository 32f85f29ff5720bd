'use client';

import { useSyncExternalStore } from 'react';

import { formatRelative, formatUtc } from '@/lib/format';

// One shared clock for every timestamp on the page, ticking twice a minute.
let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) now = Date.now();
  timer ??= setInterval(() => {
    now = Date.now();
    listeners.forEach((notify) => notify());
  }, 30_000);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** A relative time ("3 min ago") that stays current, with the exact UTC time on hover. */
export function TimeAgo({ iso, className }: { iso: string; className?: string }) {
  const date = new Date(iso);
  // On the server (and the first client render) there is no "now" to agree on: show UTC.
  const current = useSyncExternalStore(subscribe, () => now, () => null);
  return (
    <time dateTime={iso} title={formatUtc(date)} className={className}>
      {current === null ? formatUtc(date) : formatRelative(date, new Date(current))}
    </time>
  );
}
