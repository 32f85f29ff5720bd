import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';

export default function PresetsLoading() {
  return (
    <div aria-busy="true" aria-label="Loading presets">
      <div className="mb-6 space-y-2">
        <Skeleton className="h-6 w-32" />
        <Skeleton className="h-4 w-96 max-w-full" />
      </div>
      <Card>
        <div className="border-b border-line px-5 py-3">
          <Skeleton className="h-8 w-80 max-w-full" />
        </div>
        {Array.from({ length: 6 }, (_, index) => (
          <div key={index} className="flex items-center gap-6 border-b border-line px-5 py-4 last:border-0">
            <div className="w-64 space-y-1.5">
              <Skeleton className="h-4 w-40" />
              <Skeleton className="h-3 w-56" />
            </div>
            <Skeleton className="h-4 w-32" />
            <Skeleton className="h-4 w-20" />
            <Skeleton className="h-4 w-24" />
            <Skeleton className="ml-auto h-4 w-40" />
          </div>
        ))}
      </Card>
    </div>
  );
}
