'use client';

import { type BoundaryError, ErrorPanel } from '@/components/ui/error-panel';

/** The last boundary inside the dashboard: the header stays, so every other page is one click away. */
export default function DashboardError({ error, retry }: { error: BoundaryError; retry: () => void }) {
  return (
    <ErrorPanel heading="This page could not be loaded" error={error} retry={retry}>
      The server could not read what this page shows: the database or the ECS API did not answer. Nothing was changed; try again in a moment.
    </ErrorPanel>
  );
}
