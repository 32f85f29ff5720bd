'use client';

import { ChevronRight } from 'lucide-react';
import { useState } from 'react';
import { useFormContext, useFormState } from 'react-hook-form';

import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { type InvokeDraft } from '@/lib/invoke/draft';
import { type CommandType } from '@/lib/invoke/types';

import { ExecutionFields, RateControlFields } from './lazy-launch-parts';

/** Username and, for Windows commands, the name of the stored password; Timeout, Working directory, the other InvokeCommand fields and rate control under Advanced. */
export function RunAsFields({ commandType, defaultTimeout }: { commandType: CommandType | null; defaultTimeout: number | null }) {
  const { register } = useFormContext<InvokeDraft>();
  const { errors } = useFormState<InvokeDraft>({
    name: ['username', 'windowsPasswordName', 'timeout', 'workingDir', 'rateControl', 'containerId', 'containerName', 'launcher', 'terminationMode', 'ossOutputDelivery', 'resourceGroupId'],
  });
  const [opened, setOpened] = useState(false);
  const advancedError = ['timeout', 'workingDir', 'rateControl', 'containerId', 'containerName', 'launcher', 'terminationMode', 'ossOutputDelivery', 'resourceGroupId'].some((name) => name in errors);
  const windows = commandType === 'RunBatScript' || commandType === 'RunPowerShellScript';
  return (
    <div className="space-y-4">
      <div className="grid gap-x-5 gap-y-4 sm:grid-cols-2">
        <Field
          label="Username"
          hint={windows ? 'Empty runs as System. Another user needs its Windows password name.' : 'Empty runs as root. A regular user is safer.'}
          error={errors.username?.message}
        >
          {(control) => <Input {...control} {...register('username')} placeholder={windows ? 'System' : 'root'} autoComplete="off" spellCheck={false} />}
        </Field>
        {windows ? (
          <Field
            label="Windows password name"
            hint="The name of the password stored in OOS Parameter Store, never the password itself."
            error={errors.windowsPasswordName?.message}
          >
            {(control) => <Input {...control} {...register('windowsPasswordName')} placeholder="e.g. svc-deploy-password" autoComplete="off" spellCheck={false} />}
          </Field>
        ) : null}
      </div>
      <details className="group rounded-md border border-line" open={advancedError || undefined} onToggle={(event) => setOpened(event.currentTarget.open)}>
        <summary className="flex cursor-pointer list-none items-center gap-1.5 px-3 py-2 text-[13px] font-medium text-muted select-none hover:text-ink">
          <ChevronRight aria-hidden className="size-3.5 transition-transform group-open:rotate-90" />
          Advanced
        </summary>
        <div className="grid gap-x-5 gap-y-4 border-t border-line px-3 py-3 sm:grid-cols-2">
          <Field label="Timeout" hint={`Seconds, at least 10. Empty keeps the command's ${defaultTimeout ?? 60} s.`} error={errors.timeout?.message}>
            {(control) => (
              <Input
                {...control}
                {...register('timeout', { setValueAs: (value: string) => (value === '' || value === undefined ? undefined : Number(value)) })}
                inputMode="numeric"
                placeholder={String(defaultTimeout ?? 60)}
              />
            )}
          </Field>
          <Field label="Working directory" hint="Empty keeps the command's own." error={errors.workingDir?.message}>
            {(control) => <Input {...control} {...register('workingDir')} placeholder={windows ? 'C:\\Windows\\System32' : '/root'} spellCheck={false} />}
          </Field>
          {/* Fetched the first time Advanced opens: most launches never need these fields (the summary says any rate control a preset set). */}
          {opened || advancedError ? (
            <>
              <ExecutionFields commandType={commandType} />
              <RateControlFields />
            </>
          ) : null}
        </div>
      </details>
    </div>
  );
}
