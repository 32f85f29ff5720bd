'use client';

import { type BoundaryError, ErrorPanel } from '@/components/ui/error-panel';

/** Accounts and the audit log come from the database. */
export default function AdminError({ error, retry }: { error: BoundaryError; retry: () => void }) {
  return (
    <ErrorPanel heading="Admin could not be loaded" error={error} retry={retry}>
      The accounts and the audit log could not be read from the database. No account was changed; try again in a moment.
    </ErrorPanel>
  );
}
