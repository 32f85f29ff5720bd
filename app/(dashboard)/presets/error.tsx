'use client';

import { type BoundaryError, ErrorPanel } from '@/components/ui/error-panel';

/** Presets could not be read (the database did not answer); the rest of the dashboard still works. */
export default function PresetsError({ error, retry }: { error: BoundaryError; retry: () => void }) {
  return (
    <ErrorPanel heading="Presets could not be loaded" error={error} retry={retry} back={{ href: '/invoke', label: 'Open the launch form' }}>
      The saved presets could not be read from the database. Nothing was changed; try again in a moment.
    </ErrorPanel>
  );
}
