'use client';

import './globals.css';

/**
 * The last boundary: the root layout itself failed. It replaces that layout, so it brings its
 * own html and body, and the styles.
 */
export default function GlobalError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <main className="flex min-h-screen flex-col items-center justify-center gap-3 px-4 text-center">
          <h1 className="text-lg font-semibold">InvokeDeck could not show this page</h1>
          <p className="max-w-md text-sm text-muted">Something failed on the server. Nothing was changed; try again in a moment.</p>
          {error.digest ? <p className="font-mono text-xs text-muted">Reference {error.digest}</p> : null}
          <button type="button" onClick={() => retry()} className="rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium">
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
