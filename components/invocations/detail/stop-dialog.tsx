'use client';

import { OctagonX } from 'lucide-react';
import { useState } from 'react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { type ActionResult } from '@/lib/action-result';
import { formatCount } from '@/lib/format';

export type StopAction = (input: { region: string; invokeId: string; instanceIds?: string[] }) => Promise<ActionResult<unknown>>;

/** "Stop", confirmed by a dialog that names the InvokeId and how many instances it touches. */
export function StopButton({
  invokeId,
  region,
  repeatMode,
  selected,
  total,
  stopAction,
  onStopped,
}: {
  invokeId: string;
  region: string;
  repeatMode: string;
  selected: readonly string[];
  total: number;
  stopAction: StopAction;
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
        title={`Stop ${invokeId} on ${scope}?`}
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
                const result = await stopAction({ region, invokeId, ...(selected.length ? { instanceIds: [...selected] } : {}) });
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
