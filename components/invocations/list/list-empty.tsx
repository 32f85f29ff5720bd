import { FilterX, History, Rocket } from 'lucide-react';
import { Link } from '@/components/ui/link';

import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';

/** Nothing launched through InvokeDeck yet: say where launches come from. */
export function NoLaunchesYet({ canLaunch }: { canLaunch: boolean }) {
  return (
    <EmptyState
      icon={<History />}
      title="No launches yet"
      action={
        canLaunch ? (
          <Link href="/invoke" className={buttonClasses('primary', 'md')}>
            <Rocket aria-hidden className="size-4" />
            Launch a command
          </Link>
        ) : null
      }
    >
      {canLaunch
        ? 'Every command launched from InvokeDeck appears here with its InvokeIds and live status. Pick instances and a command to make the first one.'
        : 'Every command an operator launches from InvokeDeck appears here with its InvokeIds and live status. To watch an InvokeId started elsewhere, look it up above, or switch to the whole account.'}
    </EmptyState>
  );
}

/** Launches exist, but none match: offer the way back. */
export function NoMatchingLaunches({ filterCount }: { filterCount: number }) {
  return (
    <EmptyState
      icon={<FilterX />}
      title="No launches match these filters"
      action={
        <Link href="/invocations" className={buttonClasses('secondary', 'md')}>
          Clear filters
        </Link>
      }
    >
      {filterCount === 1 ? 'Try another value, or clear the filter to see every launch.' : `Nothing matches all ${filterCount} filters together. Loosen one, or clear them to see every launch.`}
    </EmptyState>
  );
}

/** A cursor from an old bookmark that points past the end. */
export function NoOlderLaunches({ firstPage }: { firstPage: string }) {
  return (
    <EmptyState
      icon={<History />}
      title="No older launches"
      action={
        <Link href={firstPage} className={buttonClasses('secondary', 'md')}>
          Back to the newest
        </Link>
      }
    >
      This page is past the oldest launch that matches.
    </EmptyState>
  );
}
