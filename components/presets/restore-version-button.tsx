'use client';

import { RotateCcw } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

import { Button } from '@/components/ui/button';
import { type FieldChange } from '@/lib/presets/diff';

import { type PresetActions } from './action-types';
import { ChangeList } from './change-list';
import { ConfirmDialog } from './confirm-dialog';

/** Restore = a new version holding what an old one held; nothing in the history is lost. */
export function RestoreVersionButton({
  preset,
  version,
  changes,
  restore,
}: {
  preset: { id: string; name: string; currentVersion: number };
  version: number;
  changes: readonly FieldChange[];
  restore: PresetActions['restorePresetVersion'];
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="sm" onClick={() => setOpen(true)} aria-label={`Restore version ${version}`}>
        <RotateCcw aria-hidden className="size-3.5" />
        Restore
      </Button>
      {open ? (
        <ConfirmDialog
          title={`Restore version ${version} of “${preset.name}”?`}
          description={`This adds version ${preset.currentVersion + 1} holding what version ${version} held. Version ${preset.currentVersion} stays in the history.`}
          confirmLabel={`Restore version ${version}`}
          onConfirm={() => restore({ presetId: preset.id, version, expectedVersion: preset.currentVersion })}
          onClose={() => setOpen(false)}
          onDone={() => {
            setOpen(false);
            router.refresh();
          }}
        >
          {changes.length ? <ChangeList changes={changes} label={`What restoring version ${version} changes`} /> : <p className="text-muted">It holds the same as the current version; only the version number moves on.</p>}
        </ConfirmDialog>
      ) : null}
    </>
  );
}
