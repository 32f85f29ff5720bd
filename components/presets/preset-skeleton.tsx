import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';

/** The preset page checks its command and instances against ECS; show the form's shape meanwhile. */
export function PresetSkeleton() {
  return (
    <div aria-busy="true" aria-label="Opening preset">
      <div className="mb-6 flex items-end justify-between gap-4">
        <div className="space-y-2">
          <Skeleton className="h-6 w-56" />
          <Skeleton className="h-4 w-80" />
        </div>
        <Skeleton className="h-7 w-72" />
      </div>
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-6">
          <Skeleton className="h-16 w-full" />
          {['h-40', 'h-72', 'h-32'].map((height) => (
            <Card key={height} className="space-y-3 p-5">
              <Skeleton className="h-4 w-32" />
              <Skeleton className={`w-full ${height}`} />
            </Card>
          ))}
        </div>
        <Card className="space-y-3 p-5">
          <Skeleton className="h-4 w-24" />
          <Skeleton className="h-32 w-full" />
          <Skeleton className="h-10 w-full" />
        </Card>
      </div>
    </div>
  );
}
