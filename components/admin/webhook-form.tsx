'use client';

import { KeyRound, Save } from 'lucide-react';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { Field, FieldError } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { type ActionResult } from '@/lib/action-result';
import { applyFieldErrors } from '@/lib/form-errors';
import { lazyZodResolver } from '@/lib/lazy-zod-resolver';
import { EVENT_KINDS, EVENT_LABELS } from '@/lib/notify/events';
import { KIND_LABELS, SECRET_HELP, URL_PLACEHOLDERS, WEBHOOK_KINDS } from '@/lib/notify/kinds';
import type { WebhookFormInput, WebhookView } from '@/lib/notify/schema';

export type SaveWebhook = (input: WebhookFormInput) => Promise<ActionResult<{ id: string }>>;

/** A random signing secret, made in the browser so it is typed into the form like any other. */
function newSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return `whsec_${btoa(String.fromCharCode(...bytes)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')}`;
}

/**
 * Add a webhook, or change one (`initial`). A saved URL and secret never come back to the
 * browser: on a change, leaving them empty keeps them.
 */
export function WebhookForm({ save, initial, onSaved }: { save: SaveWebhook; initial?: WebhookView; onSaved?: () => void }) {
  const [notice, setNotice] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const [revealed, setRevealed] = useState(false);
  const form = useForm<WebhookFormInput>({
    resolver: lazyZodResolver(() => import('@/lib/notify/schema').then((module) => module.webhookFormSchema)),
    defaultValues: initial
      ? { webhookId: initial.id, name: initial.name, kind: initial.kind, url: '', secret: '', events: initial.events, scope: initial.scope, enabled: initial.enabled }
      : { name: '', kind: 'generic', url: '', secret: '', events: ['launch.succeeded', 'launch.failed', 'launch.stopped', 'launch.halted'], scope: 'all', enabled: true },
  });
  const { register, handleSubmit, formState, control, setValue } = form;
  const kind = useWatch({ control, name: 'kind' });
  const secret = useWatch({ control, name: 'secret' });
  const secretHelp = SECRET_HELP[kind];
  const editing = Boolean(initial);

  const onSubmit = handleSubmit(async (values) => {
    setNotice(null);
    const result = await save(values);
    if (!result.ok) {
      applyFieldErrors(form.setError, result.fieldErrors);
      setNotice({ tone: 'danger', text: result.message });
      return;
    }
    if (!editing) form.reset();
    setRevealed(false);
    setNotice(editing ? null : { tone: 'success', text: `Webhook "${values.name}" saved. Its URL and secret are stored sealed and will not be shown again.` });
    onSaved?.();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={editing ? `Change webhook ${initial?.name ?? ''}` : 'Add a webhook'}>
      {notice ? (
        <Alert tone={notice.tone} live>
          {notice.text}
        </Alert>
      ) : null}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field label="Name" error={formState.errors.name?.message}>
          {(control) => <Input {...control} {...register('name')} autoComplete="off" placeholder="Ops on-call" data-autofocus />}
        </Field>
        <Field label="Kind" error={formState.errors.kind?.message}>
          {(control) => (
            <Select {...control} {...register('kind')}>
              {WEBHOOK_KINDS.map((value) => (
                <option key={value} value={value}>
                  {KIND_LABELS[value]}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <Field label="URL" hint={editing ? `Saved: ${initial?.urlHint ?? ''} — leave empty to keep it.` : 'Never shown again after saving; kept sealed.'} error={formState.errors.url?.message}>
        {(control) => <Input {...control} {...register('url')} type="url" inputMode="url" autoComplete="off" spellCheck={false} className="font-mono text-xs" placeholder={URL_PLACEHOLDERS[kind]} />}
      </Field>
      {secretHelp ? (
        <Field
          label={secretHelp.label}
          hint={editing && initial?.hasSecret ? `${secretHelp.hint} A secret is saved — leave empty to keep it.` : secretHelp.hint}
          error={formState.errors.secret?.message}
          labelAside={
            kind === 'generic' ? (
              <Button
                size="sm"
                variant="ghost"
                onClick={() => {
                  setValue('secret', newSecret(), { shouldDirty: true });
                  setRevealed(true);
                }}
              >
                <KeyRound aria-hidden className="size-3.5" />
                Generate
              </Button>
            ) : null
          }
        >
          {(control) => (
            <div className="flex gap-2">
              <Input {...control} {...register('secret')} type={revealed ? 'text' : 'password'} autoComplete="new-password" spellCheck={false} className="font-mono text-xs" />
              {revealed && secret ? <CopyButton text={secret} label="Copy secret" /> : null}
            </div>
          )}
        </Field>
      ) : null}
      <fieldset className="space-y-2">
        <legend className="text-[13px] font-medium text-ink">Events</legend>
        <div className="grid grid-cols-1 gap-x-4 gap-y-1.5 sm:grid-cols-2">
          {EVENT_KINDS.map((event) => (
            <label key={event} className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={event} {...register('events')} className="size-4 rounded border-line-strong accent-accent-600" />
              {EVENT_LABELS[event]}
            </label>
          ))}
        </div>
        <FieldError message={formState.errors.events?.message} />
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="text-[13px] font-medium text-ink">Sent for</legend>
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" value="all" {...register('scope')} className="mt-0.5 size-4 accent-accent-600" />
          <span>
            All launches <span className="block text-xs text-muted">Every launch by anyone.</span>
          </span>
        </label>
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" value="opt_in" {...register('scope')} className="mt-0.5 size-4 accent-accent-600" />
          <span>
            Opt-in <span className="block text-xs text-muted">Only launches and presets that pick it.</span>
          </span>
        </label>
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...register('enabled')} className="size-4 rounded border-line-strong accent-accent-600" />
        On (off: nothing is sent to it)
      </label>
      <div className="flex justify-end">
        <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
          <Save aria-hidden className="size-4" />
          {editing ? 'Save changes' : 'Add webhook'}
        </Button>
      </div>
    </form>
  );
}
