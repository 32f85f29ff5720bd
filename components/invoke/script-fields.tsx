'use client';

import { useEffect, useMemo } from 'react';
import { Controller, useFormContext, useFormState, useWatch } from 'react-hook-form';

import { Badge } from '@/components/ui/badge';
import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { type InvokeDraft } from '@/lib/invoke/draft';
import { COMMAND_NAME_MAX } from '@/lib/invoke/rules-script';
import { analyzeScriptParameters } from '@/lib/invoke/script-parameters';
import { looksSecret } from '@/lib/invoke/secrets';
import { COMMAND_TYPES, type CommandType } from '@/lib/invoke/types';

import { COMMAND_TYPE_LABELS } from './command-types';
import { LazyScriptEditor } from './script-editor/lazy-script-editor';

const PLACEHOLDERS: Record<CommandType, string> = {
  RunShellScript: '#!/bin/bash\nset -euo pipefail\necho "hello from {{who}}"',
  RunPowerShellScript: 'Write-Output "hello from {{who}}"',
  RunBatScript: 'echo hello from {{who}}',
};

/**
 * "Run a script": its type, the script in a code editor, the `{{parameters}}` found as it is
 * typed (they become the Parameters step's fields), and whether to keep it as a command.
 */
export function ScriptFields() {
  const { control, register, setValue, getValues } = useFormContext<InvokeDraft>();
  const script = useWatch({ control, name: 'script' });
  const { errors } = useFormState({ control, name: 'script' });
  const content = script?.content ?? '';
  const analysis = useMemo(() => analyzeScriptParameters(content), [content]);
  const names = script?.enableParameter ? analysis.names : [];
  const namesKey = names.join('\n');

  // The Parameters step follows the script: a value typed for a name is kept while the name stays.
  useEffect(() => {
    const current = getValues('parameters');
    const byName = new Map(current.map((entry) => [entry.name.toLowerCase(), entry]));
    const next = names.map((name) => byName.get(name.toLowerCase()) ?? { name, value: '', secret: looksSecret(name) });
    const same = next.length === current.length && next.every((entry, index) => entry === current[index]);
    if (!same) setValue('parameters', next, { shouldDirty: true });
    // namesKey stands for `names`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [namesKey, getValues, setValue]);

  if (!script) return null;
  const type = script.type;
  const warnings = analysis.problems.filter((problem) => problem.severity === 'warning');
  const problems = analysis.problems.filter((problem) => problem.severity === 'error');
  return (
    <div className="space-y-4">
      <div className="grid gap-x-5 gap-y-4 sm:grid-cols-[12rem_minmax(0,1fr)]">
        <Field label="Script type" hint={`Runs on ${COMMAND_TYPE_LABELS[type].os} instances.`}>
          {(fieldControl) => (
            <Select {...fieldControl} value={type} onChange={(event) => setValue('script.type', event.target.value as CommandType, { shouldDirty: true, shouldValidate: true })}>
              {COMMAND_TYPES.map((option) => (
                <option key={option} value={option}>
                  {COMMAND_TYPE_LABELS[option].long}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field
          label="Command name"
          hint={script.keepCommand ? 'Required to keep it; the Commands page lists it by this name.' : 'Optional; shown in the console and the CLI. Empty: "Ad-hoc script".'}
          error={errors.script?.name?.message}
        >
          {(fieldControl) => <Input {...fieldControl} {...register('script.name')} maxLength={COMMAND_NAME_MAX + 20} placeholder="e.g. rotate-nginx-logs" autoComplete="off" spellCheck={false} />}
        </Field>
      </div>
      <Field
        label="Script"
        hint="Write {{name}} where a value goes; {{ACS::InstanceId}} and the other built-ins are filled in by the agent."
        error={errors.script?.content?.message}
      >
        {(fieldControl) => (
          <Controller
            control={control}
            name="script.content"
            render={({ field }) => (
              <LazyScriptEditor
                ref={field.ref}
                id={fieldControl.id}
                {...(fieldControl['aria-describedby'] ? { 'aria-describedby': fieldControl['aria-describedby'] } : {})}
                invalid={Boolean(fieldControl['aria-invalid'])}
                value={field.value ?? ''}
                onChange={field.onChange}
                onBlur={field.onBlur}
                type={type}
                placeholder={PLACEHOLDERS[type]}
              />
            )}
          />
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-[13px]">
        <label className="inline-flex items-center gap-2">
          <input type="checkbox" {...register('script.enableParameter')} className="size-3.5 accent-accent-600" />
          Use {'{{…}}'} as parameters
        </label>
        <label className="inline-flex items-center gap-2">
          <input type="checkbox" {...register('script.keepCommand', { deps: ['script.name'] })} className="size-3.5 accent-accent-600" />
          Keep as a command
        </label>
      </div>
      <ParametersFound names={names} builtIns={analysis.builtIns} enabled={script.enableParameter} />
      {[...problems, ...warnings].length > 0 ? (
        <ul className="space-y-1 text-xs" aria-label="Placeholders to check">
          {[...problems, ...warnings].map((problem) => (
            <li key={`${problem.code}-${problem.from}`} className={problem.severity === 'error' ? 'font-medium text-rose-600 dark:text-rose-400' : 'text-amber-700 dark:text-amber-400'}>
              {problem.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function ParametersFound({ names, builtIns, enabled }: { names: readonly string[]; builtIns: readonly string[]; enabled: boolean }) {
  if (!enabled) return <p className="text-xs text-muted">Parameters are off: any {'{{…}}'} is sent as written.</p>;
  if (names.length === 0 && builtIns.length === 0) return <p className="text-xs text-muted">No parameters yet.</p>;
  return (
    <p className="flex flex-wrap items-center gap-1.5 text-xs text-muted" aria-live="polite">
      <span>Parameters found:</span>
      {names.map((name) => (
        <Badge key={name} tone="accent" className="font-mono">{`{{${name}}}`}</Badge>
      ))}
      {builtIns.map((name) => (
        <Badge key={name} className="font-mono">{`{{${name}}}`}</Badge>
      ))}
    </p>
  );
}
