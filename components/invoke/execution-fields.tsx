'use client';

import { useFormContext, useFormState } from 'react-hook-form';

import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { type InvokeDraft } from '@/lib/invoke/draft';
import { type CommandType } from '@/lib/invoke/types';

const NAMES = ['containerId', 'containerName', 'launcher', 'terminationMode', 'ossOutputDelivery', 'resourceGroupId'] as const;
export const EXECUTION_FIELD_NAMES: readonly (keyof InvokeDraft)[] = NAMES;

const optional = (value: string) => (value === '' || value === undefined ? undefined : value);

/** The rest of InvokeCommand's fields, under Advanced: a container, a launcher, what a stop kills, OSS output, a resource group. */
export function ExecutionFields({ commandType }: { commandType: CommandType | null }) {
  const { register } = useFormContext<InvokeDraft>();
  const { errors } = useFormState<InvokeDraft>({ name: [...NAMES] });
  const shell = commandType === null || commandType === 'RunShellScript';
  return (
    <>
      {shell ? (
        <>
          <Field label="Container ID" hint="Run inside this container (Linux shell scripts; agent 2.2.3.344 or later)." error={errors.containerId?.message}>
            {(control) => <Input {...control} {...register('containerId', { setValueAs: optional })} placeholder="docker://3f2a… (64 hex)" spellCheck={false} autoComplete="off" />}
          </Field>
          <Field label="Container name" hint="Or name the container. Username and Working directory do not apply inside one." error={errors.containerName?.message}>
            {(control) => <Input {...control} {...register('containerName', { setValueAs: optional })} placeholder="e.g. web-app" spellCheck={false} autoComplete="off" />}
          </Field>
        </>
      ) : null}
      <Field label="Launcher" hint={'How the script is started, e.g. python3 -u {{ACS::ScriptFileName|Ext(".py")}}.'} error={errors.launcher?.message}>
        {(control) => <Input {...control} {...register('launcher', { setValueAs: optional })} placeholder="Empty: the script type's own" spellCheck={false} autoComplete="off" />}
      </Field>
      <Field label="Termination mode" hint="What a stop or a timeout kills." error={errors.terminationMode?.message}>
        {(control) => (
          <Select {...control} {...register('terminationMode', { setValueAs: optional })}>
            <option value="">The script&apos;s process (default)</option>
            <option value="Process">Process: the script&apos;s process only</option>
            <option value="ProcessTree">ProcessTree: the script and every process it started</option>
          </Select>
        )}
      </Field>
      <Field label="OSS output delivery" hint="Also write the whole output (not only its last 24 KB) to oss://bucket/prefix." error={errors.ossOutputDelivery?.message}>
        {(control) => <Input {...control} {...register('ossOutputDelivery', { setValueAs: optional })} placeholder="oss://ops-logs/invokedeck/" spellCheck={false} autoComplete="off" />}
      </Field>
      <Field label="Resource group" hint="The execution belongs to this resource group (rg-…)." error={errors.resourceGroupId?.message}>
        {(control) => <Input {...control} {...register('resourceGroupId', { setValueAs: optional })} placeholder="rg-…" spellCheck={false} autoComplete="off" />}
      </Field>
    </>
  );
}
