'use client';

import { OctagonX } from 'lucide-react';
import { useState } from 'react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { type ActionResult } from '@/lib/action-result';
import { formatCount } from '@/lib/format';

export type StopAction = (input: { region: string; invokeId: string; instanceIds?: string[] }) => Promise<ActionResult<unknown>>;
export type StopLaunchAction = (input: { launchId: string; instanceIds?: string[] }) => Promise<ActionResult<unknown>>;

/**
 * "Stop", confirmed by a dialog that names what it stops (an InvokeId, or a launch and its
 * InvokeIds) and how many instances it touches. `stop` gets the chosen instances, or none for all.
 */
export function StopButton({
  subject,
  repeatMode,
  selected,
  total,
  stop,
  onStopped,
}: {
  subject: string;
  repeatMode: string;
  selected: readonly string[];
  total: number;
  stop: (instanceIds: string[] | undefined) => Promise<ActionResult<unknown>>;
  onStopped: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const scope = selected.length ? formatCount(selected.length, 'selected instance') : `all ${formatCount(total, 'instance')}`;
  const future = repeatMode === 'Once' ? 'Runs that have not started are cancelled; a run already going keeps going.' : 'No further runs happen on them; a run already going keeps going.';
  return (
    <>
      <Button variant="danger" size="sm" onClick={() => setOpen(true)}>
        <OctagonX aria-hidden className="size-3.5" />
        Stop{selected.length ? ` ${selected.length}` : ''}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={`Stop ${subject} on ${scope}?`}
        description={future}
        footer={
          <>
            <Button onClick={() => setOpen(false)} disabled={busy}>
              Keep it running
            </Button>
            <Button
              variant="danger"
              disabled={busy}
              onClick={async () => {
                setBusy(true);
                setError(null);
                const result = await stop(selected.length ? [...selected] : undefined);
                setBusy(false);
                if (!result.ok) {
                  setError(`${result.code}: ${result.message}`);
                  return;
                }
                setOpen(false);
                onStopped();
              }}
            >
              {busy ? 'Stopping…' : `Stop ${scope}`}
            </Button>
          </>
        }
      >
        {error ? (
          <Alert tone="danger" live>
            {error}
          </Alert>
        ) : (
          <p className="text-sm text-muted">StopInvocation is sent to Alibaba Cloud now and written to the audit log.</p>
        )}
      </Dialog>
    </>
  );
}
