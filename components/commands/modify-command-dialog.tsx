'use client';

import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useForm } from 'react-hook-form';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { type ActionResult } from '@/lib/action-result';
import { type CommandDetailsForm, type ModifyCommandInput } from '@/lib/commands/schema';
import { type CommandListItem, type SavedCommand } from '@/lib/commands/view';
import { applyFieldErrors } from '@/lib/form-errors';
import { lazyZodResolver } from '@/lib/lazy-zod-resolver';

import { CommandDetailFields, defaultWorkingDirFor } from './command-detail-fields';

/** ModifyCommand: what it allows (name, description, working directory, timeout), and why not the rest. */
export function ModifyCommandDialog({
  command,
  regionId,
  modify,
  onClose,
  onDone,
}: {
  command: Pick<CommandListItem, 'commandId' | 'name' | 'description' | 'workingDir' | 'timeout' | 'type'>;
  regionId: string;
  modify: (input: ModifyCommandInput) => Promise<ActionResult<SavedCommand>>;
  onClose: () => void;
  onDone: (saved: SavedCommand) => void;
}) {
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<CommandDetailsForm>({
    resolver: lazyZodResolver(() => import('@/lib/commands/schema').then((module) => module.commandDetailsSchema)),
    defaultValues: { name: command.name, description: command.description, workingDir: command.workingDir, timeout: String(command.timeout) },
  });
  const { register, formState } = form;
  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const result = await modify({ regionId, commandId: command.commandId, ...values });
    if (result.ok) return onDone(result.data);
    applyFieldErrors(form.setError, result.fieldErrors);
    setFailure(result.code && result.code !== 'INVALID' ? `${result.code}: ${result.message}` : result.message);
  });

  return createPortal(
    <Dialog open onClose={onClose} title={`Edit ${command.name || command.commandId}`} description={<span className="font-mono">{command.commandId}</span>} className="w-[min(40rem,calc(100vw-2rem))]">
      <form noValidate className="space-y-4" onSubmit={(event) => void submit(event)}>
        {failure ? (
          <Alert tone="danger" live>
            {failure}
          </Alert>
        ) : null}
        <CommandDetailFields register={register} errors={formState.errors} defaultWorkingDir={defaultWorkingDirFor(command.type)} modifying />
        <p className="rounded-md border border-line bg-surface-2/50 px-3 py-2 text-xs text-muted">
          The type, the script and its parameters cannot change: ModifyCommand ignores new content. To run something else, open the command and choose “Save a copy”.
        </p>
        <div className="-mx-5 -mb-4 flex justify-end gap-2 border-t border-line bg-surface-2/50 px-5 py-3">
          <Button onClick={onClose} disabled={formState.isSubmitting}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? 'Saving…' : 'Save changes'}
          </Button>
        </div>
      </form>
    </Dialog>,
    document.body,
  );
}
