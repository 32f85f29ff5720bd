import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';

/** The launch result's shape while its code arrives (it is fetched after the form, when idle). */
export function LaunchResultSkeleton() {
  return (
    <Card>
      <div role="status" aria-label="Loading the launch result" className="space-y-3 px-5 py-4">
        <Skeleton className="h-5 w-64 max-w-full" />
        <Skeleton className="h-3 w-full" />
        <Skeleton className="h-8 w-full" />
      </div>
    </Card>
  );
}
