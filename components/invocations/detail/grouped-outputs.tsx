'use client';

import { useQuery } from '@tanstack/react-query';
import { Layers } from 'lucide-react';
import { useState } from 'react';

import { getJson } from '@/components/invoke/use-launch-data';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { formatCount } from '@/lib/format';
import { type OutputGroupsResult } from '@/lib/launches/output-groups';

import { LogViewer } from '../log-viewer';
import { StatusBadge } from '../status-badge';

/**
 * Every instance's latest output (of an InvokeId, or of every batch of a launch, as `url`
 * answers), identical ones grouped: "37 instances returned this".
 */
export function GroupedOutputs({ url, fileStem }: { url: string; fileStem: string }) {
  const [wanted, setWanted] = useState(false);
  const query = useQuery({
    queryKey: ['outputs', url],
    queryFn: ({ signal }) => getJson<OutputGroupsResult>(url, signal),
    enabled: wanted,
  });
  if (!wanted) {
    return (
      <Button size="sm" onClick={() => setWanted(true)}>
        <Layers aria-hidden className="size-3.5" />
        Group identical outputs
      </Button>
    );
  }
  if (query.isPending) return <Skeleton className="h-32 w-full" />;
  if (query.isError) return <p className="text-sm text-rose-600">Could not load the outputs: {query.error.message}</p>;
  return (
    <div className="space-y-4" aria-label="Outputs grouped by text" role="region">
      <p className="text-xs text-muted">
        {formatCount(query.data.groups.length, 'distinct output')}. Each instance&rsquo;s own name, host name, ID and IP address are shown as ‹name›, ‹host›, ‹instance-id› and ‹ip› so that outputs differing only in those group together.
      </p>
      {query.data.partial ? (
        <p className="text-xs text-amber-700 dark:text-amber-400" role="note">
          Grouped the first {formatCount(query.data.partial.instancesRead, 'instance')} ({query.data.partial.invocationsRead} of {query.data.partial.invocationsTotal} InvokeIds): the rest would not fit in memory at once. Filter the table to read the others one by one.
        </p>
      ) : null}
      {query.data.groups.map((group, index) => (
        <div key={index} className="rounded-md border border-line">
          <div className="flex flex-wrap items-center gap-2 border-b border-line bg-surface-2/60 px-3 py-2 text-[13px]">
            <span className="font-semibold">{formatCount(group.instanceIds.length, 'instance')} returned this</span>
            {[...new Set(group.statuses)].map((status) => (
              <StatusBadge key={status} status={status} />
            ))}
            <span className="ml-auto truncate font-mono text-xs text-muted" title={group.instanceIds.join(', ')}>
              {group.instanceIds.slice(0, 4).join(', ')}
              {group.instanceIds.length > 4 ? ` +${group.instanceIds.length - 4}` : ''}
            </span>
          </div>
          <div className="p-3">
            <LogViewer text={group.output} droppedBytes={group.dropped} fileName={`${fileStem}-group-${index + 1}.log`} label={`Output shared by ${group.instanceIds.length} instances`} height={220} />
          </div>
        </div>
      ))}
    </div>
  );
}
