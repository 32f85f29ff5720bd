'use client';

import { RotateCcw } from 'lucide-react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

/**
 * The list, or a page below it (an InvokeId, a launch), could not be read: the database or
 * the ECS API did not answer. Say so in words and offer to try again.
 */
export default function InvocationsError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <div className="space-y-4">
      <Alert tone="danger" title="This page could not be loaded">
        <p>The server could not read what it shows: the database or the ECS API did not answer. Nothing was changed; try again in a moment.</p>
        {error.digest ? <p className="font-mono text-xs">Reference {error.digest}</p> : null}
      </Alert>
      <Button onClick={() => retry()}>
        <RotateCcw aria-hidden className="size-4" />
        Try again
      </Button>
    </div>
  );
}
