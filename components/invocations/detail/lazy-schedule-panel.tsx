'use client';

import dynamic from 'next/dynamic';

import { Skeleton } from '@/components/ui/skeleton';

/**
 * The schedule panel reads cron (croner, cronstrue) to word a Period invocation and list its
 * next runs: fetched only when an invocation has a schedule to show, not with every InvokeId page.
 */
export const LazySchedulePanel = dynamic(() => import('./schedule-panel').then((module) => module.SchedulePanel), {
  loading: () => <Skeleton className="h-16 w-full max-w-md" />,
});
