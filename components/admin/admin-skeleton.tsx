import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';

function Rows({ count, className }: { count: number; className: string }) {
  return (
    <div className="divide-y divide-line">
      {Array.from({ length: count }, (_, index) => (
        <div key={index} className="flex items-center gap-4 px-5 py-3">
          <div className="flex-1 space-y-1.5">
            <Skeleton className="h-3.5 w-32" />
            <Skeleton className="h-2.5 w-20" />
          </div>
          <Skeleton className={className} />
        </div>
      ))}
    </div>
  );
}

/** Admin's two columns (operators and the new-account form; the audit log) while the database answers. */
export function AdminSkeleton() {
  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div className="space-y-6">
        <Card>
          <div className="space-y-1.5 border-b border-line px-5 py-3.5">
            <p className="text-sm font-semibold text-muted">Operators</p>
            <Skeleton className="h-3 w-72 max-w-full" />
          </div>
          <Rows count={4} className="h-8 w-32" />
        </Card>
        <Card className="space-y-3 p-5">
          <p className="text-sm font-semibold text-muted">Add an operator</p>
          {[0, 1, 2, 3].map((field) => (
            <Skeleton key={field} className="h-9 w-full" />
          ))}
        </Card>
      </div>
      <Card className="self-start">
        <div className="border-b border-line px-5 py-3.5">
          <p className="text-sm font-semibold text-muted">Audit log</p>
        </div>
        <Rows count={8} className="h-3 w-16" />
      </Card>
    </div>
  );
}
