import { SearchX } from 'lucide-react';

import { NotFoundPanel } from '@/components/ui/not-found-panel';

/** A launch ID InvokeDeck has no record of (answered with 404). */
export default function LaunchNotFound() {
  return (
    <NotFoundPanel heading="Launch not found" title="No launch at this link" icon={<SearchX />} back={{ href: '/invocations', label: 'Back to invocations' }}>
      No launch with this ID was made through InvokeDeck. The link may have been cut short when it was copied.
    </NotFoundPanel>
  );
}
