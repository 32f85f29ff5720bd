'use client';

import { CopyPlus, Link2, Trash2 } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';

import { type PresetActions } from './action-types';
import { absoluteUrl } from './links';
import { DeleteDialog, DuplicateDialog, type PresetRef } from './preset-dialogs';

/** Copy link, duplicate and delete for one row of the list; finger-sized where the list is cards. */
export function PresetRowActions({ preset, canEdit, actions }: { preset: PresetRef; canEdit: boolean; actions: Pick<PresetActions, 'duplicatePreset' | 'deletePreset'> }) {
  const router = useRouter();
  const [open, setOpen] = useState<'duplicate' | 'delete' | null>(null);
  return (
    <div className="flex justify-end gap-0.5">
      <CopyButton variant="ghost" className="px-2 max-lg:size-9" iconOnly icon={<Link2 aria-hidden className="size-3.5" />} label={`Copy link to ${preset.name}`} text={() => absoluteUrl(`/presets/${preset.slug}`)} />
      {canEdit ? (
        <>
          <Button variant="ghost" size="sm" className="px-2 max-lg:size-9" aria-label={`Duplicate ${preset.name}`} title="Duplicate" onClick={() => setOpen('duplicate')}>
            <CopyPlus aria-hidden className="size-3.5" />
          </Button>
          <Button variant="ghost" size="sm" className="px-2 hover:text-rose-600 max-lg:size-9" aria-label={`Delete ${preset.name}`} title="Delete" onClick={() => setOpen('delete')}>
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
