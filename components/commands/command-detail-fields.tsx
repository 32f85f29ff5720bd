'use client';

import { type ReactNode } from 'react';
import { type FieldErrors, type UseFormRegister } from 'react-hook-form';

import { Field } from '@/components/ui/field';
import { Input, Textarea } from '@/components/ui/input';
import { COMMAND_LIMITS } from '@/lib/commands/rules';
import { type CommandDetailsForm } from '@/lib/commands/schema';
import { formatNumber } from '@/lib/format';

const n = (value: number) => formatNumber(value);

/**
 * Name, description, working directory and timeout: the fields CreateCommand and
 * ModifyCommand share. Each hint states the API's rule the field is checked against.
 */
export function CommandDetailFields<T extends CommandDetailsForm>({
  register,
  errors,
  defaultWorkingDir,
  modifying = false,
  afterName,
  beforeSettings,
}: {
  register: UseFormRegister<T>;
  errors: FieldErrors<CommandDetailsForm>;
  defaultWorkingDir: string;
  modifying?: boolean;
  /** The create dialog's type, beside the name; its script, before where and how long it runs. */
  afterName?: ReactNode;
  beforeSettings?: ReactNode;
}) {
  // The generic form shares these four fields; react-hook-form's paths cannot see that through T.
  const reg = register as unknown as UseFormRegister<CommandDetailsForm>;
  return (
    <>
      <div className={afterName ? 'grid gap-4 sm:grid-cols-[minmax(0,1fr)_15rem]' : undefined}>
        <Field label="Name" hint={`Required, at most ${COMMAND_LIMITS.nameLength} characters.`} error={errors.name?.message}>
          {(control) => <Input {...control} {...reg('name')} autoComplete="off" spellCheck={false} data-autofocus className="font-mono text-[13px]" />}
        </Field>
        {afterName}
      </div>
      <Field
        label="Description"
        hint={modifying ? `At most ${COMMAND_LIMITS.descriptionLength} characters. ModifyCommand reads an empty value as “unchanged”, so a description cannot be cleared.` : `Optional, at most ${COMMAND_LIMITS.descriptionLength} characters.`}
        error={errors.description?.message}
      >
        {(control) => <Textarea {...control} {...reg('description')} rows={2} />}
      </Field>
      {beforeSettings}
      <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_10rem]">
        <Field label="Working directory" hint={`At most ${COMMAND_LIMITS.workingDirLength} characters. ${modifying ? 'Empty keeps the current one.' : `Default: ${defaultWorkingDir}`}`} error={errors.workingDir?.message}>
          {(control) => <Input {...control} {...reg('workingDir')} autoComplete="off" spellCheck={false} placeholder={defaultWorkingDir} className="font-mono text-[13px]" />}
        </Field>
        <Field
          label="Timeout"
          hint={`Seconds, ${COMMAND_LIMITS.minTimeoutSeconds}–${n(COMMAND_LIMITS.maxTimeoutSeconds)}. ${modifying ? 'Empty keeps it.' : `Default ${COMMAND_LIMITS.defaultTimeoutSeconds}.`}`}
          error={errors.timeout?.message}
        >
          {(control) => <Input {...control} {...reg('timeout')} inputMode="numeric" autoComplete="off" placeholder={String(COMMAND_LIMITS.defaultTimeoutSeconds)} className="tabular" />}
        </Field>
      </div>
    </>
  );
}

/** Where a command runs when it names no directory (CreateCommand's defaults). */
export function defaultWorkingDirFor(type: string): string {
  return type === 'RunShellScript' ? '/root' : 'C:\\Windows\\system32';
}
