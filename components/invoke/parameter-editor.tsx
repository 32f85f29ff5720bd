'use client';

import { Lock } from 'lucide-react';
import { useFieldArray, useFormContext, useFormState, useWatch } from 'react-hook-form';

import { Field, FieldError } from '@/components/ui/field';
import { type InvokeDraft } from '@/lib/invoke/draft';
import { type Limits } from '@/lib/invoke/limits';
import { isSecretReference, looksSecret } from '@/lib/invoke/secrets';
import { type InvokeCommandInfo } from '@/lib/invoke/types';

import { ContentPreview } from './content-preview';
import { ParameterValue } from './parameter-value';

/** One field per declared parameter, prefilled with defaults, each with a Secret toggle. */
export function ParameterEditor({ command, limits, askAgain = [] }: { command: InvokeCommandInfo; limits: Limits; askAgain?: readonly string[] }) {
  const asked = new Set(askAgain.map((name) => name.toLowerCase()));
  const { register, control } = useFormContext<InvokeDraft>();
  const { fields } = useFieldArray({ control, name: 'parameters' });
  const entries = useWatch({ control, name: 'parameters' });
  const { errors } = useFormState({ control, name: 'parameters' });
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
          const entryErrors = errors.parameters?.[index];
          return (
            <Field
              key={field.id}
              label={<span className="font-mono">{field.name}</span>}
              hint={
                secret && asked.has(field.name.toLowerCase()) && !entries?.[index]?.value
                  ? 'Secret: enter it again. It was not saved or shared.'
                  : isSecretReference(entries?.[index]?.value ?? '')
                    ? 'Fetched by the instance from the OOS Parameter Store; presets and links keep this name.'
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
              {(controlProps) => <ParameterValue index={index} name={field.name} secret={secret} required={Boolean(definition?.required)} control={controlProps} />}
            </Field>
          );
        })}
      </div>
      <FieldError message={errors.parameters?.message ?? errors.parameters?.root?.message} />
      <ContentPreview command={command} entries={entries ?? []} limits={limits} />
    </div>
  );
}
