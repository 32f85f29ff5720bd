import { SearchX } from 'lucide-react';
import Link from 'next/link';

import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';

/** An InvokeId that is not one, or that neither Alibaba nor InvokeDeck knows (answered with 404). */
export default function InvokeIdNotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold tracking-tight">InvokeId not found</h1>
      <Card>
        <EmptyState
          icon={<SearchX />}
          title="Nothing to show for this InvokeId"
          action={
            <Link href="/invocations" className={buttonClasses('secondary', 'sm')}>
              Back to invocations
            </Link>
          }
        >
          InvokeIds look like t-hz0jdf1a2b3c. Alibaba Cloud keeps an invocation for 30 days; InvokeDeck keeps what it launched. Check the ID and its region.
        </EmptyState>
      </Card>
    </div>
  );
}
