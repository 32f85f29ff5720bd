import { CloudOff, FilterX, History, RotateCw } from 'lucide-react';
import { Link } from '@/components/ui/link';

import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';

/** Alibaba has no invocation in this region for as long as it keeps them. */
export function NoAccountInvocations({ region }: { region: string }) {
  return (
    <EmptyState icon={<History />} title={`No invocations in ${region}`}>
      Alibaba Cloud keeps about 30 days of Cloud Assistant invocations. None were made in this region in that time, from InvokeDeck, the console, the CLI or any other tool. Another region may have some.
    </EmptyState>
  );
}

export function NoMatchingInvocations({ clearHref, filterCount }: { clearHref: string; filterCount: number }) {
  return (
    <EmptyState
      icon={<FilterX />}
      title="No invocations match these filters"
      action={
        <Link href={clearHref} className={buttonClasses('secondary', 'md')}>
          Clear filters
        </Link>
      }
    >
      {filterCount === 1 ? 'Try another value, or clear the filter to see the whole region.' : `Nothing matches all ${filterCount} filters together. Loosen one, or clear them to see the whole region.`}
    </EmptyState>
  );
}

/** A NextToken page that is empty: past the end, or every row left out by the filters Alibaba ignores beside an instance. */
export function NothingOnThisPage({ firstPage, older }: { firstPage: string; older: string | null }) {
  return (
    <EmptyState
      icon={<History />}
      title={older ? 'Nothing on this page matches' : 'No older invocations'}
      action={
        <div className="flex gap-2">
          <Link href={firstPage} className={buttonClasses('secondary', 'md')}>
            Back to the newest
          </Link>
          {older ? (
            <Link href={older} className={buttonClasses('secondary', 'md')}>
              Older
            </Link>
          ) : null}
        </div>
      }
    >
      {older ? 'Alibaba returned invocations on this page that the command name or repeat mode filter leaves out. Older pages may hold more.' : 'This page is past the oldest invocation that matches.'}
    </EmptyState>
  );
}

/** DescribeInvocations failed: Alibaba's code, what to do, and the same view again. */
export function HistoryUnavailable({ code, message, retryHref }: { code: string; message: string; retryHref: string }) {
  return (
    <EmptyState
      icon={<CloudOff />}
      title={`Could not read the account's invocations: ${code}`}
      action={
        <Link href={retryHref} className={buttonClasses('secondary', 'md')}>
          <RotateCw aria-hidden className="size-4" />
          Try again
        </Link>
      }
    >
      <span role="alert">{message}</span>
    </EmptyState>
  );
}
