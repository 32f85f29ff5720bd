'use client';

import { TriangleAlert } from 'lucide-react';

import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';

/** Presets could not be read (the database did not answer, say); the rest of the dashboard still works. */
export default function PresetsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <Card>
      <EmptyState
        icon={<TriangleAlert />}
        title="Presets could not be loaded"
        action={
          <Button size="sm" onClick={reset}>
            Try again
          </Button>
        }
      >
        Something went wrong on the server{error.digest ? ` (reference ${error.digest})` : ''}. Try again in a moment.
      </EmptyState>
    </Card>
  );
}
