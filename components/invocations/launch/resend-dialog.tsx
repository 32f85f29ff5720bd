'use client';

import { Send } from 'lucide-react';
import { useState } from 'react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { type ActionResult } from '@/lib/action-result';

export type ResendAction = (input: { launchId: string; batchIndex: number; secrets: Record<string, string> }) => Promise<ActionResult<unknown>>;

/**
 * Resend one batch that failed to send. It keeps its own ClientToken, so a batch that did
 * reach Alibaba the first time comes back with the same InvokeId instead of running twice.
 */
export function ResendButton({ launchId, batchIndex, secretNames, resend, onDone }: { launchId: string; batchIndex: number; secretNames: string[]; resend: ResendAction; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const missing = secretNames.some((name) => !values[name]);
  return (
    <>
      <Button size="sm" onClick={() => setOpen(true)}>
        <Send aria-hidden className="size-3.5" />
        Resend batch {batchIndex + 1}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={`Resend batch ${batchIndex + 1}?`}
        description="The same instances and the same ClientToken as before: if the first attempt did reach Alibaba, nothing runs twice."
        footer={
          <>
            <Button onClick={() => setOpen(false)} disabled={busy}>
              Cancel
            </Button>
            <Button
              variant="primary"
              disabled={busy || missing}
              onClick={async () => {
                setBusy(true);
                setError(null);
                const result = await resend({ launchId, batchIndex, secrets: values });
                setBusy(false);
                if (!result.ok) {
                  setError(`${result.code}: ${result.message}`);
                  return;
                }
                setOpen(false);
                setValues({});
                onDone();
              }}
            >
              {busy ? 'Sending…' : 'Resend'}
            </Button>
          </>
        }
      >
        <div className="space-y-3">
          {error ? (
            <Alert tone="danger" live>
              {error}
            </Alert>
          ) : null}
          {secretNames.length ? <p className="text-sm text-muted">Secret values are never stored; enter them again.</p> : null}
          {secretNames.map((name) => (
            <Field key={name} label={<span className="font-mono">{name}</span>}>
              {(control) => <Input {...control} type="password" autoComplete="off" value={values[name] ?? ''} onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))} />}
            </Field>
          ))}
        </div>
      </Dialog>
    </>
  );
}
