'use client';

import { type ReactNode, useState } from 'react';
import { createPortal } from 'react-dom';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { type ActionResult } from '@/lib/action-result';

/** Confirm one preset change that names what it touches; shows the server's refusal in place. */
export function ConfirmDialog<T>({
  title,
  description,
  children,
  confirmLabel,
  tone = 'primary',
  disabled = false,
  onConfirm,
  onDone,
  onClose,
}: {
  title: string;
  description?: ReactNode;
  children?: ReactNode;
  confirmLabel: string;
  tone?: 'primary' | 'danger';
  disabled?: boolean;
  onConfirm: () => Promise<ActionResult<T>>;
  onDone: (data: T) => void;
  onClose: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    setFailure(null);
    const result = await onConfirm();
    setBusy(false);
    if (result.ok) onDone(result.data);
    else setFailure(result.message);
  };
  return createPortal(
    <Dialog
      open
      onClose={onClose}
      title={title}
      description={description}
      footer={
        <>
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button variant={tone} onClick={() => void confirm()} disabled={busy || disabled}>
            {busy ? 'Working…' : confirmLabel}
          </Button>
        </>
      }
    >
      {failure || children ? (
        <div className="space-y-3 text-sm">
          {failure ? (
            <Alert tone="danger" live>
              {failure}
            </Alert>
          ) : null}
          {children}
        </div>
      ) : null}
    </Dialog>,
    document.body,
  );
}
