'use client';

import dynamic from 'next/dynamic';

import { Skeleton } from '@/components/ui/skeleton';

/**
 * The schedule builder (cron parsing, words, next runs) is fetched when the operator picks
 * Period, not with the form: most launches run once.
 */
export const LazyScheduleBuilder = dynamic(() => import('./schedule-builder').then((module) => module.ScheduleBuilder), {
  loading: ScheduleBuilderSkeleton,
});

function ScheduleBuilderSkeleton() {
  return (
    <div role="status" aria-label="Loading the schedule builder" className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)]">
        <Skeleton className="h-[60px]" />
        <Skeleton className="h-[60px]" />
      </div>
      <Skeleton className="h-28" />
    </div>
  );
}
