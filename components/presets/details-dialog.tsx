'use client';

import { type ReactNode, useState } from 'react';
import { createPortal } from 'react-dom';
import { useForm } from 'react-hook-form';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input, Textarea } from '@/components/ui/input';
import { type ActionResult } from '@/lib/action-result';
import { applyFieldErrors } from '@/lib/form-errors';
import { lazyZodResolver } from '@/lib/lazy-zod-resolver';
import type { PresetDetails } from '@/lib/presets/schemas';

/**
 * Name and description of a preset: saving a new one, duplicating, renaming. Rendered into
 * <body> because it may be opened from inside the launch form, and a form cannot hold one.
 */
export function DetailsDialog<T>({
  title,
  description,
  submitLabel,
  initial,
  onSubmit,
  onDone,
  onClose,
  children,
}: {
  title: string;
  description?: ReactNode;
  submitLabel: string;
  initial: PresetDetails;
  onSubmit: (values: PresetDetails) => Promise<ActionResult<T>>;
  onDone: (data: T) => void;
  onClose: () => void;
  children?: ReactNode;
}) {
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<PresetDetails>({ resolver: lazyZodResolver(() => import('@/lib/presets/schemas').then((module) => module.presetDetailsSchema)), defaultValues: initial });
  const { register, formState } = form;
  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const result = await onSubmit(values);
    if (result.ok) return onDone(result.data);
    applyFieldErrors(form.setError, result.fieldErrors);
    setFailure(result.message);
  });

  return createPortal(
    <Dialog open onClose={onClose} title={title} description={description}>
      <form
        noValidate
        className="space-y-4"
        onSubmit={(event) => {
          // React bubbles through portals: keep the launch form from seeing this submit.
          event.stopPropagation();
          void submit(event);
        }}
      >
        {failure ? (
          <Alert tone="danger" live>
            {failure}
          </Alert>
        ) : null}
        <Field label="Name" error={formState.errors.name?.message}>
          {(control) => <Input {...control} {...register('name')} autoComplete="off" data-autofocus maxLength={100} />}
        </Field>
        <Field label="Description" hint="Optional. What it does and when to use it." error={formState.errors.description?.message}>
          {(control) => <Textarea {...control} {...register('description')} rows={3} maxLength={500} />}
        </Field>
        {children}
        <div className="-mx-5 -mb-4 flex justify-end gap-2 border-t border-line bg-surface-2/50 px-5 py-3">
          <Button onClick={onClose} disabled={formState.isSubmitting}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? 'Saving…' : submitLabel}
          </Button>
        </div>
      </form>
    </Dialog>,
    document.body,
  );
}
