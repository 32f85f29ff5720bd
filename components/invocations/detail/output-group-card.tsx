'use client';

import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { getJson } from '@/components/invoke/use-launch-data';
import { Button } from '@/components/ui/button';
import { formatCount, formatNumber } from '@/lib/format';
import { type OutputGroupView, type OutputMembersPage } from '@/lib/launches/output-groups';

import { LogViewer } from '../log-viewer';
import { StatusBadge } from '../status-badge';

/** One group: how many instances returned it, their statuses, who they are, and the shared output. */
export function OutputGroupCard({ group, url, membersQuery = '', fileName }: { group: OutputGroupView; url: string; membersQuery?: string; fileName: string }) {
  const [expanded, setExpanded] = useState(false);
  const more = group.instanceCount - group.instanceIds.length;
  const membersId = `members-${group.hash.slice(0, 16)}`;
  return (
    <div className="rounded-md border border-line">
      <div className="space-y-1.5 border-b border-line bg-surface-2/60 px-3 py-2 text-[13px]">
        <div className="flex flex-wrap items-center gap-2">
          <span className="font-semibold">{formatCount(group.instanceCount, 'instance')} returned this</span>
          {group.statuses.map(({ status, count }) => (
            <span key={status} className="inline-flex items-center gap-1">
              <StatusBadge status={status} />
              <span className="text-xs text-muted tabular">{formatNumber(count)}</span>
            </span>
          ))}
        </div>
        {expanded ? (
          <AllMembers id={membersId} url={`${url}/${group.hash}`} narrow={membersQuery} />
        ) : (
          <p id={membersId} className="font-mono text-xs break-words text-muted">
            {group.instanceIds.join(', ')}
          </p>
        )}
        {more > 0 ? (
          <button type="button" className="text-xs font-medium text-accent-700 hover:underline dark:text-accent-400" aria-expanded={expanded} aria-controls={membersId} onClick={() => setExpanded(!expanded)}>
            {expanded ? 'Show fewer' : `+${formatNumber(more)} more`}
          </button>
        ) : null}
      </div>
      <div className="p-3">
        <LogViewer text={group.output} droppedBytes={group.dropped} fileName={fileName} label={`Output shared by ${formatCount(group.instanceCount, 'instance')}`} height={heightFor(group.output)} />
      </div>
    </div>
  );
}

/** Short outputs get a short viewer, so a page of ten groups stays scannable. */
function heightFor(output: string): number {
  const lines = output.split('\n').length;
  return Math.min(220, Math.max(72, 24 + lines * 20));
}

/** Every member of a group (in the chosen statuses, `narrow`), a hundred at a time from our records. */
function AllMembers({ id, url, narrow }: { id: string; url: string; narrow: string }) {
  const query = useInfiniteQuery({
    queryKey: ['output-members', url, narrow],
    queryFn: ({ pageParam, signal }) => getJson<OutputMembersPage>(`${url}?page=${pageParam}${narrow}`, signal),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page < last.pageCount ? last.page + 1 : undefined),
  });
  if (query.isError) return <p id={id} className="text-xs text-rose-700 dark:text-rose-400">Could not load the instances: {query.error.message}</p>;
  if (query.isPending) {
    return (
      <p id={id} className="text-xs text-muted">
        Loading the instances…
      </p>
    );
  }
  const members = query.data?.pages.flatMap((page) => page.members) ?? [];
  const total = query.data?.pages[0]?.total ?? 0;
  return (
    <div id={id} className="space-y-1.5">
      <ul aria-label="Instances that returned this" className="max-h-48 overflow-auto font-mono text-xs text-muted">
        {members.map((member) => (
          <li key={member.instanceId}>
            {member.instanceId} <span className="text-faint">{member.status}</span>
          </li>
        ))}
      </ul>
      {query.hasNextPage ? (
        <Button size="sm" variant="ghost" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
          Show more ({formatNumber(members.length)} of {formatNumber(total)})
        </Button>
      ) : null}
    </div>
  );
}
