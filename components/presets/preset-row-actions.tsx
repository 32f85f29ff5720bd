'use client';

import { Check, CopyPlus, Link2, Trash2 } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

import { Button } from '@/components/ui/button';

import { type PresetActions } from './action-types';
import { absoluteUrl } from './copy-link-button';
import { DeleteDialog, DuplicateDialog, type PresetRef } from './preset-dialogs';

/** Copy link, duplicate and delete for one row of the list. */
export function PresetRowActions({ preset, canEdit, actions }: { preset: PresetRef; canEdit: boolean; actions: Pick<PresetActions, 'duplicatePreset' | 'deletePreset'> }) {
  const router = useRouter();
  const [open, setOpen] = useState<'duplicate' | 'delete' | null>(null);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(absoluteUrl(`/presets/${preset.slug}`));
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  return (
    <div className="flex justify-end gap-0.5">
      <Button variant="ghost" size="sm" className="px-2" aria-label={`Copy link to ${preset.name}`} title="Copy link" onClick={() => void copy()}>
        {copied ? <Check aria-hidden className="size-3.5 text-emerald-600" /> : <Link2 aria-hidden className="size-3.5" />}
        <span aria-live="polite" className="sr-only">
          {copied ? 'Link copied' : ''}
        </span>
      </Button>
      {canEdit ? (
        <>
          <Button variant="ghost" size="sm" className="px-2" aria-label={`Duplicate ${preset.name}`} title="Duplicate" onClick={() => setOpen('duplicate')}>
            <CopyPlus aria-hidden className="size-3.5" />
          </Button>
          <Button variant="ghost" size="sm" className="px-2 hover:text-rose-600" aria-label={`Delete ${preset.name}`} title="Delete" onClick={() => setOpen('delete')}>
            <Trash2 aria-hidden className="size-3.5" />
          </Button>
        </>
      ) : null}
      {open === 'duplicate' ? (
        <DuplicateDialog preset={preset} duplicate={actions.duplicatePreset} onClose={() => setOpen(null)} onDone={(saved) => router.push(`/presets/${saved.slug}`)} />
      ) : null}
      {open === 'delete' ? (
        <DeleteDialog
          preset={preset}
          remove={actions.deletePreset}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            router.refresh();
          }}
        />
      ) : null}
    </div>
  );
}
