'use client';

import { type BoundaryError, ErrorPanel } from '@/components/ui/error-panel';

/** The launch form waits on ECS and the database; when either fails, nothing was sent. */
export default function InvokeError({ error, retry }: { error: BoundaryError; retry: () => void }) {
  return (
    <ErrorPanel heading="The launch form could not be opened" error={error} retry={retry} back={{ href: '/invocations', label: 'Go to invocations' }}>
      The server could not read the regions, commands or the launch to run again. Nothing was launched; try again in a moment.
    </ErrorPanel>
  );
}
