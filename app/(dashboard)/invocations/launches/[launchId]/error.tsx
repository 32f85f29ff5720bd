'use client';

import { type BoundaryError, ErrorPanel } from '@/components/ui/error-panel';

/** A launch page reads only our records: the database did not answer. */
export default function LaunchError({ error, retry }: { error: BoundaryError; retry: () => void }) {
  return (
    <ErrorPanel heading="This launch could not be read" error={error} retry={retry} back={{ href: '/invocations', label: 'Back to invocations' }}>
      Its record could not be read from the database. The launch itself goes on; try again in a moment.
    </ErrorPanel>
  );
}
