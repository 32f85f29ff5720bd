'use client';

import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useForm, useWatch } from 'react-hook-form';

import { COMMAND_TYPE_LABELS } from '@/components/invoke/command-types';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/input';
import { type ActionResult } from '@/lib/action-result';
import { type CommandForm, type CreateCommandInput } from '@/lib/commands/schema';
import { type SavedCommand } from '@/lib/commands/view';
import { applyFieldErrors } from '@/lib/form-errors';
import { COMMAND_TYPES } from '@/lib/invoke/types';
import { lazyZodResolver } from '@/lib/lazy-zod-resolver';

import { CommandContentField } from './command-content-field';
import { CommandDetailFields, defaultWorkingDirFor } from './command-detail-fields';

const EMPTY: CommandForm = { name: '', description: '', type: 'RunShellScript', content: '', workingDir: '', timeout: '', enableParameter: false };

/** CreateCommand from the Commands page: a new command, or a copy of one to change what it runs. */
export function CreateCommandDialog({
  regionId,
  initial,
  title = 'New command',
  create,
  onClose,
  onDone,
}: {
  regionId: string;
  initial?: Partial<CommandForm>;
  title?: string;
  create: (input: CreateCommandInput) => Promise<ActionResult<SavedCommand>>;
  onClose: () => void;
  onDone: (saved: SavedCommand) => void;
}) {
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<CommandForm>({
    resolver: lazyZodResolver(() => import('@/lib/commands/schema').then((module) => module.commandFormSchema)),
    defaultValues: { ...EMPTY, ...initial },
  });
  const { register, formState, control } = form;
  const type = useWatch({ control, name: 'type' });
  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const result = await create({ regionId, ...values });
    if (result.ok) return onDone(result.data);
    applyFieldErrors(form.setError, result.fieldErrors);
    setFailure(result.code && result.code !== 'INVALID' ? `${result.code}: ${result.message}` : result.message);
  });

  return createPortal(
    <Dialog open onClose={onClose} title={title} description={`Saved in ${regionId} with CreateCommand; anyone in the account can launch it.`} className="w-[min(46rem,calc(100vw-2rem))]">
      <form noValidate className="space-y-4" onSubmit={(event) => void submit(event)}>
        {failure ? (
          <Alert tone="danger" live>
            {failure}
          </Alert>
        ) : null}
        <CommandDetailFields
          register={register}
          errors={formState.errors}
          defaultWorkingDir={defaultWorkingDirFor(type)}
          afterName={
            <Field label="Type" hint="Shell: Linux. PowerShell, batch: Windows. Fixed once saved." error={formState.errors.type?.message}>
              {(props) => (
                <Select {...props} {...register('type')}>
                  {COMMAND_TYPES.map((value) => (
                    <option key={value} value={value}>
                      {COMMAND_TYPE_LABELS[value].long} ({COMMAND_TYPE_LABELS[value].os})
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          }
          beforeSettings={<CommandContentField form={form} />}
        />
        <div className="-mx-5 -mb-4 flex justify-end gap-2 border-t border-line bg-surface-2/50 px-5 py-3">
          <Button onClick={onClose} disabled={formState.isSubmitting}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? 'Saving…' : 'Save command'}
          </Button>
        </div>
      </form>
    </Dialog>,
    document.body,
  );
}
