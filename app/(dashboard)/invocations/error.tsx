'use client';

import { type BoundaryError, ErrorPanel } from '@/components/ui/error-panel';

/** The list of launches could not be read; the rest of the dashboard still works. */
export default function InvocationsError({ error, retry }: { error: BoundaryError; retry: () => void }) {
  return (
    <ErrorPanel heading="Invocations could not be loaded" error={error} retry={retry}>
      The server could not read the launches: the database or the ECS API did not answer. Nothing was changed; try again in a moment.
    </ErrorPanel>
  );
}
