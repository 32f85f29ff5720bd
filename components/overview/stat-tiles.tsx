import { type ReactNode } from 'react';

import { cn } from '@/lib/cn';

export interface Stat {
  label: string;
  value: string;
  detail: ReactNode;
  /** A tone for the value, when it says something is wrong or going on. */
  tone?: 'failed' | 'running' | 'scheduled' | 'success';
}

const TONE_TEXT: Record<NonNullable<Stat['tone']>, string> = {
  failed: 'text-rose-700 dark:text-rose-400',
  running: 'text-sky-700 dark:text-sky-400',
  scheduled: 'text-violet-700 dark:text-violet-300',
  success: 'text-emerald-700 dark:text-emerald-400',
};

/** The overview's headline numbers, as a definition list so each number keeps its label. */
export function StatTiles({ stats }: { stats: Stat[] }) {
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4 lg:gap-4">
      {stats.map((stat) => (
        <div key={stat.label} className="rounded-lg border border-line bg-surface px-4 py-3.5 shadow-xs">
          <dt className="text-xs font-medium text-muted">{stat.label}</dt>
          <dd className={cn('mt-1 text-2xl font-semibold tracking-tight text-ink tabular', stat.tone && TONE_TEXT[stat.tone])}>{stat.value}</dd>
          <dd className="mt-0.5 text-xs text-muted">{stat.detail}</dd>
        </div>
      ))}
    </dl>
  );
}
