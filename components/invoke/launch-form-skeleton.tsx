import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';

/** The launch form's numbered sections and its summary, while the regions and a rerun load from ECS. */
export function LaunchFormSkeleton() {
  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0 space-y-6">
        {['Target', 'Instances', 'Parameters', 'When', 'Run as'].map((title, index) => (
          <Card key={title}>
            <div className="flex items-start gap-3 border-b border-line px-5 py-3.5">
              <span className="flex size-5 shrink-0 items-center justify-center rounded-full bg-surface-2 text-[11px] font-semibold text-muted ring-1 ring-line-strong tabular">{index + 1}</span>
              <div className="space-y-1.5">
                <p className="text-sm font-semibold text-muted">{title}</p>
                <Skeleton className="h-3 w-48 max-w-full" />
              </div>
            </div>
            <div className="space-y-3 px-5 py-4">
              <Skeleton className="h-3 w-24" />
              <Skeleton className={index === 1 ? 'h-72 w-full' : index === 0 ? 'h-40 w-full' : 'h-9 w-full max-w-md'} />
            </div>
          </Card>
        ))}
      </div>
      <Card className="space-y-3 p-5">
        <Skeleton className="h-4 w-24" />
        {[0, 1, 2, 3, 4].map((row) => (
          <div key={row} className="flex justify-between gap-4">
            <Skeleton className="h-3 w-20" />
            <Skeleton className="h-3 w-24" />
          </div>
        ))}
        <Skeleton className="h-10 w-full" />
      </Card>
    </div>
  );
}
