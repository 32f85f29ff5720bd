'use client';

import { type BoundaryError, ErrorPanel } from '@/components/ui/error-panel';

/** A preset is read from the database and checked against ECS; either may fail for a moment. */
export default function PresetError({ error, retry }: { error: BoundaryError; retry: () => void }) {
  return (
    <ErrorPanel heading="This preset could not be opened" error={error} retry={retry} back={{ href: '/presets', label: 'Back to presets' }}>
      The preset, or what it launches, could not be read from the database or the ECS API. The preset is unchanged; try again in a moment.
    </ErrorPanel>
  );
}
