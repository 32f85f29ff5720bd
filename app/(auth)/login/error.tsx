'use client';

import { type BoundaryError, ErrorPanel } from '@/components/ui/error-panel';

/** Signing in reads the session and the accounts from the database; when it fails, say so outside any shell. */
export default function LoginError({ error, retry }: { error: BoundaryError; retry: () => void }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 py-12">
      <div className="w-full max-w-md">
        <ErrorPanel heading="Sign-in is unavailable" error={error} retry={retry} back={null}>
          The server could not reach the accounts database. Try again in a moment; if it keeps failing, tell whoever runs InvokeDeck.
        </ErrorPanel>
      </div>
    </main>
  );
}
