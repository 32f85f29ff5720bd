import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';

/** The list's shape while its first page loads: filter bar, header, rows, pager. */
export function LaunchListSkeleton({ label = 'Loading launches' }: { label?: string }) {
  return (
    <Card className="overflow-hidden" aria-busy="true" aria-label={label}>
      <div className="flex flex-wrap gap-3 border-b border-line px-5 py-3.5">
        {[36, 36, 56, 36, 32, 36, 36].map((width, index) => (
          <div key={index} className="space-y-1.5" style={{ width: `${width / 4}rem` }}>
            <Skeleton className="h-3 w-16" />
            <Skeleton className="h-8 w-full" />
          </div>
        ))}
      </div>
      <div className="border-b border-line bg-surface-2/40 px-5 py-2.5">
        <Skeleton className="h-3 w-1/2" />
      </div>
      <div className="divide-y divide-line">
        {Array.from({ length: 10 }, (_, index) => (
          <div key={index} className="flex items-center gap-6 px-5 py-3.5">
            <Skeleton className="h-3 w-16" />
            <div className="flex-1 space-y-1.5">
              <Skeleton className="h-3.5 w-40" />
              <Skeleton className="h-2.5 w-56" />
            </div>
            <Skeleton className="h-5 w-20 rounded-full" />
            <Skeleton className="h-3 w-28" />
            <Skeleton className="h-3 w-20" />
            <Skeleton className="h-3 w-10" />
            <Skeleton className="h-3 w-16" />
          </div>
        ))}
      </div>
    </Card>
  );
}
