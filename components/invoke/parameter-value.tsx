'use client';

import { Eye, EyeOff } from 'lucide-react';
import { useState } from 'react';
import { useFormContext, useFormState, useWatch } from 'react-hook-form';

import { Input } from '@/components/ui/input';
import { type InvokeDraft } from '@/lib/invoke/draft';
import { isSecretReference, OOS_SECRET_REFERENCE, secretReference } from '@/lib/invoke/secrets';

type ControlProps = { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean };

/** The name inside `{{oos-secret:name}}`, or what was typed so far. */
function referenceName(value: string): string {
  return OOS_SECRET_REFERENCE.exec(value)?.[1] ?? value.replace(/^\{\{\s*oos-secret\s*:\s*/, '').replace(/\s*\}\}$/, '');
}

/**
 * A parameter's value: plain text, a secret (masked, with show/hide), or for a secret, a
 * reference to an OOS secret parameter that the instance resolves itself, so the value never
 * passes through InvokeDeck (and a preset may keep the reference).
 */
export function ParameterValue({ index, name, secret, required, control }: { index: number; name: string; secret: boolean; required: boolean; control: ControlProps }) {
  const { register, setValue, trigger } = useFormContext<InvokeDraft>();
  const { errors } = useFormState<InvokeDraft>({ name: 'parameters' });
  const value = useWatch<InvokeDraft, `parameters.${number}.value`>({ name: `parameters.${index}.value` }) ?? '';
  const [shown, setShown] = useState(false);
  const [fromStore, setFromStore] = useState(() => isSecretReference(value));
  const revalidateList = () => {
    // A list-wide error (too big, too many) must clear as soon as a value fixes it.
    if (errors.parameters?.message || errors.parameters?.root?.message) void trigger('parameters');
  };
  const chooseStore = (on: boolean) => {
    setFromStore(on);
    setValue(`parameters.${index}.value`, on ? secretReference('') : '', { shouldDirty: true, shouldValidate: false });
  };

  return (
    <div className="space-y-1.5">
      {fromStore ? (
        <div className="flex items-stretch rounded-md border border-line-strong focus-within:ring-2 focus-within:ring-accent-500/40">
          <span className="flex items-center rounded-l-md border-r border-line bg-surface-2 px-2 font-mono text-xs text-muted">oos-secret:</span>
          <Input
            {...control}
            value={referenceName(value)}
            onChange={(event) => {
              setValue(`parameters.${index}.value`, secretReference(event.target.value.trim()), { shouldDirty: true, shouldValidate: true });
              revalidateList();
            }}
            aria-required={required || undefined}
            placeholder="registry-token"
            autoComplete="off"
            spellCheck={false}
            className="rounded-l-none border-0 font-mono text-[13px] focus-visible:ring-0"
          />
        </div>
      ) : (
        <div className="relative">
          <Input
            {...control}
            {...register(`parameters.${index}.value`, { onChange: revalidateList })}
            aria-required={required || undefined}
            type={secret && !shown ? 'password' : 'text'}
            autoComplete="off"
            spellCheck={false}
            className="pr-9 font-mono text-[13px]"
          />
          {secret ? (
            <button
              type="button"
              onClick={() => setShown(!shown)}
              aria-label={shown ? `Hide ${name}` : `Show ${name}`}
              className="absolute top-1/2 right-2 -translate-y-1/2 rounded p-0.5 text-faint hover:text-ink"
            >
              {shown ? <EyeOff aria-hidden className="size-3.5" /> : <Eye aria-hidden className="size-3.5" />}
            </button>
          ) : null}
        </div>
      )}
      {secret ? (
        <label className="inline-flex cursor-pointer items-center gap-1.5 text-xs text-muted select-none">
          <input type="checkbox" checked={fromStore} onChange={(event) => chooseStore(event.target.checked)} className="size-3.5 accent-accent-600" />
          Let the instance fetch it from OOS (the value never passes through InvokeDeck)
        </label>
      ) : null}
    </div>
  );
}
