'use client';

import { type BoundaryError, ErrorPanel } from '@/components/ui/error-panel';

/** An InvokeId is read from our records and from ECS; either may fail for a moment. */
export default function InvocationError({ error, retry }: { error: BoundaryError; retry: () => void }) {
  return (
    <ErrorPanel heading="This InvokeId could not be read" error={error} retry={retry} back={{ href: '/invocations', label: 'Back to invocations' }}>
      Neither our records nor the ECS API answered for it. Nothing was stopped or changed; try again in a moment.
    </ErrorPanel>
  );
}
