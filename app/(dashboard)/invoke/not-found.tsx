import { LinkIcon } from 'lucide-react';

import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';

/**
 * A form link that leads to no shared form (answered with 404). The way back is a plain link:
 * a client navigation to /invoke stays on the same path, and Next would keep this page up.
 */
export default function SharedFormNotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold tracking-tight">Shared form not found</h1>
      <Card>
        <EmptyState
          icon={<LinkIcon />}
          title="No form is shared at this link"
          action={
            <a href="/invoke" className={buttonClasses('secondary', 'sm')}>
              Start an empty form
            </a>
          }
        >
          The link may have been mistyped or cut short when it was copied, or it expired long ago. Form links look like /invoke?d= followed by 22 letters and digits; ask whoever shared it for a new one.
        </EmptyState>
      </Card>
    </div>
  );
}
