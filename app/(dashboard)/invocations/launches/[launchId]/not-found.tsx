import { SearchX } from 'lucide-react';
import Link from 'next/link';

import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';

/** A launch ID InvokeDeck has no record of (answered with 404). */
export default function LaunchNotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold tracking-tight">Launch not found</h1>
      <Card>
        <EmptyState
          icon={<SearchX />}
          title="No launch at this link"
          action={
            <Link href="/invocations" className={buttonClasses('secondary', 'sm')}>
              Back to invocations
            </Link>
          }
        >
          No launch with this ID was made through InvokeDeck. The link may have been cut short when it was copied.
        </EmptyState>
      </Card>
    </div>
  );
}
