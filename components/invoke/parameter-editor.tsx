'use client';

import { Eye, EyeOff, Lock } from 'lucide-react';
import { useState } from 'react';
import { useFieldArray, useFormContext, useFormState, useWatch } from 'react-hook-form';

import { Field, FieldError } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { type InvokeDraft } from '@/lib/invoke/draft';
import { type Limits } from '@/lib/invoke/limits';
import { looksSecret } from '@/lib/invoke/secrets';
import { type InvokeCommandInfo } from '@/lib/invoke/types';

import { ContentPreview } from './content-preview';

/** One field per declared parameter, prefilled with defaults, each with a Secret toggle. */
export function ParameterEditor({ command, limits, askAgain = [] }: { command: InvokeCommandInfo; limits: Limits; askAgain?: readonly string[] }) {
  const asked = new Set(askAgain.map((name) => name.toLowerCase()));
  const { register, control, trigger } = useFormContext<InvokeDraft>();
  const { fields } = useFieldArray({ control, name: 'parameters' });
  const entries = useWatch({ control, name: 'parameters' });
  const { errors } = useFormState({ control, name: 'parameters' });
  const [revealed, setRevealed] = useState<Record<string, boolean>>({});
  const definitions = new Map(command.parameterDefinitions.map((definition) => [definition.name.toLowerCase(), definition]));

  if (!command.enableParameter) {
    return (
      <div className="space-y-2">
        <p className="text-sm text-muted">This command takes no custom parameters.</p>
        <FieldError message={errors.parameters?.message ?? errors.parameters?.root?.message} />
        <ContentPreview command={command} entries={[]} limits={limits} />
      </div>
    );
  }

  return (
    <div className="space-y-5">
      {fields.length === 0 ? <p className="text-sm text-muted">The command enables parameters but declares none in its content.</p> : null}
      <div className="grid gap-x-5 gap-y-4 sm:grid-cols-2">
        {fields.map((field, index) => {
          const secret = (entries?.[index]?.secret ?? false) || looksSecret(field.name);
          const definition = definitions.get(field.name.toLowerCase());
          const shown = revealed[field.id] ?? false;
          const entryErrors = errors.parameters?.[index];
          return (
            <Field
              key={field.id}
              label={<span className="font-mono">{field.name}</span>}
              hint={
                secret && asked.has(field.name.toLowerCase()) && !entries?.[index]?.value
                  ? 'Secret: enter it again. It was not saved or shared.'
                  : definition?.description ?? (definition?.defaultValue !== undefined ? `Default: ${definition.defaultValue || '(empty)'}` : 'Empty means "" in the command.')
              }
              error={entryErrors?.value?.message ?? entryErrors?.name?.message}
              labelAside={
                <span className="flex items-center gap-3">
                {definition?.required ? <span className="text-[11px] text-muted">required</span> : null}
                {looksSecret(field.name) ? (
                  // The shared name rule decides this one on the server too: it cannot be unmarked.
                  <label className="inline-flex items-center gap-1.5 text-xs text-muted select-none" title="Names like this one always hold a secret.">
                    <input type="checkbox" checked disabled readOnly aria-label={`Secret: ${field.name}`} className="size-3.5 accent-accent-600" />
                    <Lock aria-hidden className="size-3" />
                    Secret
                  </label>
                ) : (
                  <label className="inline-flex cursor-pointer items-center gap-1.5 text-xs text-muted select-none">
                    <input type="checkbox" {...register(`parameters.${index}.secret`)} aria-label={`Secret: ${field.name}`} className="size-3.5 accent-accent-600" />
                    <Lock aria-hidden className="size-3" />
                    Secret
                  </label>
                )}
                </span>
              }
            >
              {(controlProps) => (
                <div className="relative">
                  <Input
                    {...controlProps}
                    {...register(`parameters.${index}.value`, {
                      // A list-wide error (too big, too many) must clear as soon as a value fixes it.
                      onChange: () => {
                        if (errors.parameters?.message || errors.parameters?.root?.message) void trigger('parameters');
                      },
                    })}
                    aria-required={definition?.required ? true : undefined}
                    type={secret && !shown ? 'password' : 'text'}
                    autoComplete="off"
                    spellCheck={false}
                    className="pr-9 font-mono text-[13px]"
                  />
                  {secret ? (
                    <button
                      type="button"
                      onClick={() => setRevealed((current) => ({ ...current, [field.id]: !shown }))}
                      aria-label={shown ? `Hide ${field.name}` : `Show ${field.name}`}
                      className="absolute top-1/2 right-2 -translate-y-1/2 rounded p-0.5 text-faint hover:text-ink"
                    >
                      {shown ? <EyeOff aria-hidden className="size-3.5" /> : <Eye aria-hidden className="size-3.5" />}
                    </button>
                  ) : null}
                </div>
              )}
            </Field>
          );
        })}
      </div>
      <FieldError message={errors.parameters?.message ?? errors.parameters?.root?.message} />
      <ContentPreview command={command} entries={entries ?? []} limits={limits} />
    </div>
  );
}
