'use client';

import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';

import { LazyScheduleBuilder } from '@/components/invoke/lazy-schedule-builder';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { formatCount } from '@/lib/format';

import { type ChangeScheduleProps } from './change-schedule-dialog';

/** The dialog itself, fetched the first time "Change schedule" is pressed (it brings react-hook-form). */
export function ChangeScheduleDialog({
  subject,
  regionId,
  frequency,
  invokeIdCount,
  timeoutSeconds,
  change,
  onChanged,
  open,
  onClose,
}: ChangeScheduleProps & { open: boolean; onClose: () => void }) {
  const [next, setNext] = useState(frequency);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  // The builder reads the region (to suggest a time zone) from a form around it.
  const form = useForm<{ regionId: string }>({ values: { regionId } });
  const unchanged = next.trim() === frequency.trim();
  const close = () => {
    setNext(frequency);
    setError(null);
    setFieldError(undefined);
    onClose();
  };
  const submit = async () => {
    setBusy(true);
    setError(null);
    setFieldError(undefined);
    const result = await change(next.trim());
    setBusy(false);
    if (!result.ok) {
      const onField = result.fieldErrors?.frequency?.[0];
      if (onField) setFieldError(onField);
      else setError(`${result.code}: ${result.message}`);
      return;
    }
    onClose();
    onChanged(result.data);
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      className="w-[min(44rem,calc(100vw-2rem))]"
      title={`Change the schedule of ${subject}`}
      description={`The ${invokeIdCount === 1 ? 'InvokeId keeps its ID' : `${formatCount(invokeIdCount, 'InvokeId')} keep their IDs`}, instances and history; runs from now on follow the new Frequency. Nothing is stopped or launched again.`}
      footer={
        <>
          <Button onClick={close} disabled={busy}>
            Cancel
          </Button>
          <Button variant="primary" disabled={busy || unchanged || next.trim() === ''} onClick={() => void submit()}>
            {busy ? 'Changing…' : 'Change schedule'}
          </Button>
        </>
      }
    >
      <div className="space-y-4">
        {error ? (
          <Alert tone="danger" live>
            {error}
          </Alert>
        ) : null}
        <p className="text-sm text-muted">
          Now: <code className="rounded bg-surface-2 px-1 py-0.5 font-mono text-xs text-ink">{frequency}</code>
          {unchanged ? <span className="ml-2 text-xs">Choose a different schedule to change it.</span> : null}
        </p>
        <FormProvider {...form}>
          <LazyScheduleBuilder frequency={next} onFrequencyChange={setNext} error={fieldError} timeoutSeconds={timeoutSeconds} />
        </FormProvider>
        <p className="text-xs text-muted">A rate() counts from when the schedule was first created, not from this change. ModifyInvocationAttribute is sent to Alibaba Cloud now and written to the audit log.</p>
      </div>
    </Dialog>
  );
}
