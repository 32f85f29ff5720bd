import { CloudOff, ListChecks, SearchX, ServerOff } from 'lucide-react';

import { ColumnHeader } from '@/components/invoke/instance-picker/instance-row';
import { type TagSuggestion } from '@/components/invoke/instance-picker/suggest';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Skeleton } from '@/components/ui/skeleton';
import { formatNumber } from '@/lib/format';

const SKELETON_WIDTHS = ['w-40', 'w-28', 'w-36', 'w-24', 'w-32', 'w-44', 'w-28', 'w-36', 'w-32', 'w-24', 'w-40'];

/** Before the first DescribeInstances page arrives: the shape of the rows to come. */
export function SkeletonRows() {
  return (
    <div aria-hidden>
      <ColumnHeader />
      {SKELETON_WIDTHS.map((width, index) => (
        <div key={index} className="flex h-9 items-center gap-3 border-b border-line/70 px-3">
          <Skeleton className="size-4 rounded-[4px]" />
          <Skeleton className="h-3 w-36" />
          <Skeleton className={`h-3 ${width}`} />
          <Skeleton className="ml-auto h-4 w-16 rounded-full" />
        </div>
      ))}
    </div>
  );
}

/** "Loaded 3,200 of 10,000" with a bar; without a total, the count and an indeterminate bar. */
export function LoadProgress({ id, loaded, total }: { id: string; loaded: number; total: number | null }) {
  const percent = total ? Math.min(100, Math.round((loaded / total) * 100)) : null;
  return (
    <div className="flex items-center gap-3 border-b border-line px-3 py-1.5 text-xs text-muted">
      <span id={id} className="shrink-0 tabular">
        Loaded {formatNumber(loaded)}
        {total !== null ? ` of ${formatNumber(total)}` : '…'}
      </span>
      <div
        role="progressbar"
        aria-labelledby={id}
        aria-valuemin={0}
        aria-valuemax={total ?? undefined}
        aria-valuenow={total !== null ? loaded : undefined}
        className="relative h-1 flex-1 overflow-hidden rounded-full bg-surface-2"
      >
        <div
          className={percent === null ? 'absolute inset-y-0 w-1/3 animate-pulse rounded-full bg-accent-500/60' : 'h-full rounded-full bg-accent-500 transition-[width] duration-300'}
          style={percent === null ? undefined : { width: `${percent}%` }}
        />
      </div>
    </div>
  );
}

export function NoInstances({ id }: { id: string }) {
  return (
    <div id={id}>
      <EmptyState icon={<ServerOff />} title="No instances in this region">
        Pick another region, or check in the ECS console that this account can see its instances.
      </EmptyState>
    </div>
  );
}

/** "Selected only" with nothing selected (in this search). */
export function NoneSelected({ id, onShowAll }: { id: string; onShowAll: () => void }) {
  return (
    <div id={id}>
      <EmptyState
        icon={<ListChecks />}
        title="No selected instance to show"
        action={
          <Button size="sm" onClick={onShowAll}>
            Show all instances
          </Button>
        }
      >
        Nothing in this search is selected yet. Show all instances, then pick some.
      </EmptyState>
    </div>
  );
}

export function LoadFailed({ id, message }: { id: string; message: string }) {
  return (
    <div id={id} role="alert">
      <EmptyState icon={<CloudOff />} title="Instances could not be loaded">
        <span className="block">{message}</span>
        <span className="mt-1 block">Choose the region again to retry.</span>
      </EmptyState>
    </div>
  );
}

export function NoMatches({
  id,
  query,
  filtered,
  suggestion,
  onSuggest,
  onReset,
}: {
  id: string;
  query: string;
  filtered: boolean;
  suggestion: TagSuggestion | null;
  onSuggest: (text: string) => void;
  onReset: () => void;
}) {
  const what = query.trim() ? `“${query.trim()}”` : 'these filters';
  return (
    <div id={id}>
      <EmptyState
        icon={<SearchX />}
        title={`No instance matches ${what}`}
        action={
          <Button size="sm" onClick={onReset}>
            {filtered && query.trim() ? 'Clear search and filters' : filtered ? 'Clear filters' : 'Clear search'}
          </Button>
        }
      >
        {suggestion ? (
          <span className="block">
            Tag values match exactly. Did you mean{' '}
            {suggestion.options.map((option, index) => (
              <span key={option.text}>
                {index > 0 ? (index === suggestion.options.length - 1 ? ' or ' : ', ') : null}
                <button
                  type="button"
                  onClick={() => onSuggest(option.text)}
                  className="rounded font-mono text-accent-600 underline decoration-accent-600/30 underline-offset-2 hover:decoration-accent-600 dark:text-accent-400"
                >
                  {option.text}
                </button>{' '}
                <span className="text-faint tabular">({formatNumber(option.count)})</span>
              </span>
            ))}
            ?
          </span>
        ) : (
          <span className="block">
            Words match IDs, names, host names, IPs and tags. Use <code className="font-mono text-ink">key=value</code> for a tag, or{' '}
            <code className="font-mono text-ink">key=val*</code> for a value prefix.
          </span>
        )}
      </EmptyState>
    </div>
  );
}
