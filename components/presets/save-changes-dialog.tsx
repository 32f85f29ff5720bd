'use client';

import { diffPayloads } from '@/lib/presets/diff';
import { type SavedForm, toPresetPayload } from '@/lib/presets/payload-values';
import { type ActionResult } from '@/lib/action-result';

import { type SavedPresetView, type ToolbarPreset } from './action-types';
import { ChangeList } from './change-list';
import { ConfirmDialog } from './confirm-dialog';

/** "Save changes": what the new version changes, field by field, before it is written. */
export function SaveChangesDialog({
  preset,
  form,
  onSave,
  onDone,
  onClose,
}: {
  preset: ToolbarPreset;
  form: SavedForm;
  onSave: (form: SavedForm) => Promise<ActionResult<SavedPresetView>>;
  onDone: (saved: SavedPresetView, form: SavedForm) => void;
  onClose: () => void;
}) {
  const { draft } = form;
  const same = preset.baseline.draft.commandId === draft.commandId && preset.baseline.draft.regionId === draft.regionId;
  const changes = diffPayloads(preset.baseline, toPresetPayload(draft, same ? preset.baseline.saved : undefined, form.instanceFilter));
  return (
    <ConfirmDialog
      title={`Save changes to “${preset.name}”`}
      description={changes.length ? `This adds version ${preset.version + 1}; version ${preset.version} stays in the history and can be restored.` : undefined}
      confirmLabel={`Save version ${preset.version + 1}`}
      disabled={changes.length === 0}
      onConfirm={() => onSave(form)}
      onDone={(saved) => onDone(saved, form)}
      onClose={onClose}
    >
      {changes.length ? <ChangeList changes={changes} /> : <p className="text-muted">Nothing changed since version {preset.version}.</p>}
    </ConfirmDialog>
  );
}
