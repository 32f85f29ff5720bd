'use client';

import { CopyPlus, History, Link2, Pencil, Trash2 } from 'lucide-react';
import dynamic from 'next/dynamic';
import { Link } from '@/components/ui/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

import { Button, buttonClasses } from '@/components/ui/button';

import { type PresetActions } from './action-types';
import { CopyButton } from '@/components/ui/copy-button';

import { absoluteUrl } from './links';
import type { PresetRef } from './preset-dialogs';

// Each dialog's code when it is opened, not with the preset's page.
const RenameDialog = dynamic(() => import('./preset-dialogs').then((module) => module.RenameDialog));
const DuplicateDialog = dynamic(() => import('./preset-dialogs').then((module) => module.DuplicateDialog));
const DeleteDialog = dynamic(() => import('./preset-dialogs').then((module) => module.DeleteDialog));

/** The preset page's own actions: its link, history, rename, duplicate, delete. */
export function PresetHeaderActions({
  preset,
  version,
  canEdit,
  actions,
}: {
  preset: PresetRef;
  version: number;
  canEdit: boolean;
  actions: Pick<PresetActions, 'updatePresetDetails' | 'duplicatePreset' | 'deletePreset'>;
}) {
  const router = useRouter();
  const [open, setOpen] = useState<'rename' | 'duplicate' | 'delete' | null>(null);
  const close = () => setOpen(null);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <CopyButton icon={<Link2 aria-hidden className="size-3.5" />} label="Copy link" text={() => absoluteUrl(`/presets/${preset.slug}`)} />
      <Link href={`/presets/${preset.slug}/versions`} className={buttonClasses('secondary', 'sm')}>
        <History aria-hidden className="size-3.5" />
        History
      </Link>
      {canEdit ? (
        <>
          <Button size="sm" onClick={() => setOpen('rename')}>
            <Pencil aria-hidden className="size-3.5" />
            Rename
          </Button>
          <Button size="sm" onClick={() => setOpen('duplicate')}>
            <CopyPlus aria-hidden className="size-3.5" />
            Duplicate
          </Button>
          <Button size="sm" variant="ghost" className="hover:text-rose-600" onClick={() => setOpen('delete')}>
            <Trash2 aria-hidden className="size-3.5" />
            Delete
          </Button>
        </>
      ) : null}
      {open === 'rename' ? (
        <RenameDialog
          preset={preset}
          version={version}
          rename={actions.updatePresetDetails}
          onClose={close}
          onDone={() => {
            close();
            router.refresh();
          }}
        />
      ) : null}
      {open === 'duplicate' ? <DuplicateDialog preset={preset} duplicate={actions.duplicatePreset} onClose={close} onDone={(saved) => router.push(`/presets/${saved.slug}`)} /> : null}
      {open === 'delete' ? (
        <DeleteDialog
          preset={preset}
          remove={actions.deletePreset}
          onClose={close}
          onDone={() => {
            close();
            router.push('/presets');
          }}
        />
      ) : null}
    </div>
  );
}
