'use client';

import { ChevronLeft, ChevronRight } from 'lucide-react';

import { Button } from '@/components/ui/button';
import { TimeAgo } from '@/components/ui/time-ago';
import { formatCount, formatNumber } from '@/lib/format';
import { OUTPUT_GROUPS_PAGE_SIZE, type OutputGroupsPage } from '@/lib/launches/output-groups';

import { OutputGroupCard } from './output-group-card';

/** One page of grouped outputs, largest group first, with Previous and Next; `membersQuery` narrows each group's members as the groups are. */
export function OutputGroupsList({
  data,
  url,
  membersQuery = '',
  statusLabel = null,
  fileStem,
  onPage,
}: {
  data: OutputGroupsPage;
  url: string;
  membersQuery?: string;
  statusLabel?: string | null;
  fileStem: string;
  onPage: (page: number) => void;
}) {
  const first = (data.page - 1) * OUTPUT_GROUPS_PAGE_SIZE;
  const over = data.filter ? data.filter.instances : data.instancesRead;
  return (
    <div className="space-y-4" aria-label="Outputs grouped by text" role="region">
      <p className="text-xs text-muted">
        {formatCount(data.totalGroups, 'distinct output')} over {data.filter ? `${formatNumber(over)} ${statusLabel ?? data.filter.statuses.join(', ')} ${over === 1 ? 'instance' : 'instances'} (of ${formatNumber(data.instancesRead)} read)` : formatCount(over, 'instance')}
        {data.readAt && data.status === 'done' ? (
          <>
            {' '}
            · read <TimeAgo iso={data.readAt} />
            {data.requestedBy ? ` for ${data.requestedBy}` : ''}
          </>
        ) : null}
        . Each instance&rsquo;s own name, host name, ID and IP address are shown as ‹name›, ‹host›, ‹instance-id› and ‹ip› so that outputs differing only in those group together.
      </p>
      {data.groups.length === 0 ? (
        <p className="rounded-md border border-dashed border-line px-4 py-6 text-center text-sm text-muted">
          {data.filter
            ? 'No output was read from an instance in this status. Outputs are read once: if instances have finished since, read them again.'
            : 'No instance output was found: Alibaba Cloud keeps invocation records for about 30 days, and an InvokeId in another region reads as empty.'}
        </p>
      ) : (
        data.groups.map((group, index) => <OutputGroupCard key={group.hash} group={group} url={url} membersQuery={membersQuery} fileName={`${fileStem}-group-${first + index + 1}.log`} />)
      )}
      {data.pageCount > 1 ? (
        <nav aria-label="Pages of grouped outputs" className="flex items-center justify-between gap-3">
          <Button size="sm" onClick={() => onPage(data.page - 1)} disabled={data.page <= 1}>
            <ChevronLeft aria-hidden className="size-3.5" />
            Previous
          </Button>
          <span className="text-xs text-muted tabular">
            Groups {first + 1}–{first + data.groups.length} of {data.totalGroups} · page {data.page} of {data.pageCount}
          </span>
          <Button size="sm" onClick={() => onPage(data.page + 1)} disabled={data.page >= data.pageCount}>
            Next
            <ChevronRight aria-hidden className="size-3.5" />
          </Button>
        </nav>
      ) : null}
    </div>
  );
}
