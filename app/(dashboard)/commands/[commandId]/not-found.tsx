import { SquareTerminal } from 'lucide-react';

import { NotFoundPanel } from '@/components/ui/not-found-panel';

/** A link to no command (answered with 404): deleted, mistyped, or in a region not set up here. */
export default function CommandNotFound() {
  return (
    <NotFoundPanel heading="Command not found" title="No command with this ID" icon={<SquareTerminal />} back={{ href: '/commands', label: 'Browse commands' }}>
      It may have been deleted, or it lives in a region InvokeDeck is not set up for. Command IDs look like c-hz0jdf1a2b3c.
    </NotFoundPanel>
  );
}
