'use client';

import { type BoundaryError, ErrorPanel } from '@/components/ui/error-panel';

/** The commands could not be listed (ECS did not answer); the rest of the dashboard still works. */
export default function CommandsError({ error, retry }: { error: BoundaryError; retry: () => void }) {
  return (
    <ErrorPanel heading="Commands could not be loaded" error={error} retry={retry} back={{ href: '/invocations', label: 'Open the invocations' }}>
      DescribeCommands did not answer. Nothing was changed; try again in a moment.
    </ErrorPanel>
  );
}
