'use client';

import { Check, Link2, Loader2 } from 'lucide-react';
import { useRef, useState } from 'react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { copyText } from '@/components/ui/copy-text';
import { type SavedForm } from '@/lib/presets/payload';
import { type SharedFormLink } from '@/lib/presets/share-state';

import { type PresetActions } from './action-types';
import { absoluteUrl } from './links';

/**
 * "Copy link to this form": the server keeps the draft (secret values left out) and answers
 * with a short link, which is copied. The same form copied twice gives the same link.
 */
export function ShareFormButton({
  label,
  getForm,
  share,
  onShared,
}: {
  label: string;
  getForm: () => SavedForm;
  /** Null for viewers: sharing a form takes an operator. */
  share: PresetActions['shareFormLink'] | null;
  onShared: (link: string, expiresAt: string) => void;
}) {
  const [state, setState] = useState<'idle' | 'working' | 'copied'>('idle');
  const [error, setError] = useState<string | null>(null);
  const last = useRef<{ key: string; link: SharedFormLink } | null>(null);

  const run = async () => {
    if (!share) return;
    const form = getForm();
    const key = JSON.stringify(form);
    setError(null);
    setState('working');
    let link = last.current?.key === key ? last.current.link : null;
    if (!link) {
      // An action never throws, but the request itself can fail (offline, server restarting).
      const result = await share({ draft: form.draft, instanceFilter: form.instanceFilter }).catch(() => null);
      if (!result?.ok) {
        setState('idle');
        setError(result ? result.message : 'the server did not answer. Try again in a moment.');
        return;
      }
      link = result.data;
      last.current = { key, link };
    }
    const url = absoluteUrl(link.path);
    const copied = await copyText(url);
    onShared(url, link.expiresAt);
    setState(copied ? 'copied' : 'idle');
    if (copied) setTimeout(() => setState('idle'), 2000);
  };

  return (
    <>
      <Button variant="secondary" disabled={!share || state === 'working'} aria-busy={state === 'working'} onClick={() => void run()}>
        {state === 'working' ? <Loader2 aria-hidden className="size-3.5 animate-spin" /> : state === 'copied' ? <Check aria-hidden className="size-3.5 text-emerald-600" /> : <Link2 aria-hidden className="size-3.5" />}
        {label}
        <span aria-live="polite" className="sr-only">
          {state === 'copied' ? 'Copied' : ''}
        </span>
      </Button>
      {error ? (
        <Alert tone="danger" live className="py-2 text-[13px]">
          The link was not made: {error}
        </Alert>
      ) : null}
    </>
  );
}
