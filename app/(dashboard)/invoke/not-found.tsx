import { LinkIcon } from 'lucide-react';

import { NotFoundPanel } from '@/components/ui/not-found-panel';

/** A form link that leads to no shared form (answered with 404). */
export default function SharedFormNotFound() {
  return (
    <NotFoundPanel heading="Shared form not found" title="No form is shared at this link" icon={<LinkIcon />} back={{ href: '/invoke', label: 'Start an empty form' }}>
      The link may have been mistyped or cut short when it was copied, or it expired long ago. Form links look like /invoke?d= followed by 22 letters and digits; ask whoever shared it for a new one.
    </NotFoundPanel>
  );
}
