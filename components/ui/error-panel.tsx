import { RotateCcw, TriangleAlert } from 'lucide-react';
import { Link } from '@/components/ui/link';
import { type ReactNode } from 'react';

import { Button, buttonClasses } from './button';
import { Card } from './card';

/** What an error boundary receives: an Error from a server component, or anything a client one threw. */
export type BoundaryError = unknown;

/** Server errors reach the browser with a digest and a generic message: the digest is the reference. */
function digestOf(error: BoundaryError): string | undefined {
  return error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : undefined;
}

/**
 * A segment's error page, the error twin of NotFoundPanel: an h1 naming what failed, what
 * happened in words, Try again (re-fetches the segment) and the way back. The error's own
 * message is shown only in development: in production it may hold details no visitor should see.
 */
export function ErrorPanel({
  heading,
  error,
  retry,
  back = { href: '/', label: 'Back to the dashboard' },
  children,
}: {
  heading: string;
  error: BoundaryError;
  retry: () => void;
  /** Where to go instead; null where there is nowhere else (the sign-in page). */
  back?: { href: string; label: string } | null;
  children: ReactNode;
}) {
  const digest = digestOf(error);
  const detail = process.env.NODE_ENV === 'development' && error instanceof Error ? error.message : null;
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold tracking-tight text-ink">{heading}</h1>
      <Card>
        <div role="alert" className="flex flex-col items-center px-6 py-12 text-center">
          <TriangleAlert aria-hidden className="mb-3 size-8 text-rose-600 dark:text-rose-400" />
          <p className="text-sm font-semibold text-ink">Something failed on the server</p>
          <div className="mt-1 max-w-md text-sm text-muted">{children}</div>
          {digest ? <p className="mt-3 font-mono text-xs text-muted">Reference {digest}</p> : null}
          {detail ? <pre className="mt-3 max-w-xl overflow-x-auto rounded-md bg-surface-2 px-3 py-2 text-left font-mono text-xs whitespace-pre-wrap text-muted">{detail}</pre> : null}
          <div className="mt-5 flex flex-wrap justify-center gap-2">
            <Button variant="primary" onClick={() => retry()}>
              <RotateCcw aria-hidden className="size-4" />
              Try again
            </Button>
            {back ? (
              <Link href={back.href} className={buttonClasses('secondary')}>
                {back.label}
              </Link>
            ) : null}
          </div>
        </div>
      </Card>
    </div>
  );
}
