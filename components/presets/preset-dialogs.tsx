'use client';

import { type PresetActions, type SavedPresetView } from './action-types';
import { ConfirmDialog } from './confirm-dialog';
import { DetailsDialog } from './details-dialog';

export interface PresetRef {
  id: string;
  slug: string;
  name: string;
  description: string;
}

/** A copy under a new name and link; the original and its history stay as they are. */
export function DuplicateDialog({ preset, duplicate, onDone, onClose }: { preset: PresetRef; duplicate: PresetActions['duplicatePreset']; onDone: (saved: SavedPresetView) => void; onClose: () => void }) {
  return (
    <DetailsDialog
      title={`Duplicate “${preset.name}”`}
      description="The copy starts at version 1 with its own link; secret values were never stored, so none are copied."
      submitLabel="Duplicate"
      initial={{ name: `${preset.name} (copy)`.slice(0, 100), description: preset.description }}
      onSubmit={(details) => duplicate({ presetId: preset.id, ...details })}
      onDone={onDone}
      onClose={onClose}
    />
  );
}

export function RenameDialog({
  preset,
  version,
  rename,
  onDone,
  onClose,
}: {
  preset: PresetRef;
  version: number;
  rename: PresetActions['updatePresetDetails'];
  onDone: (saved: SavedPresetView) => void;
  onClose: () => void;
}) {
  return (
    <DetailsDialog
      title={`Rename “${preset.name}”`}
      description={`Saved as version ${version + 1}. The link /presets/${preset.slug} stays the same.`}
      submitLabel="Save"
      initial={{ name: preset.name, description: preset.description }}
      onSubmit={(details) => rename({ presetId: preset.id, expectedVersion: version, ...details })}
      onDone={onDone}
      onClose={onClose}
    />
  );
}

export function DeleteDialog({ preset, remove, onDone, onClose }: { preset: PresetRef; remove: PresetActions['deletePreset']; onDone: () => void; onClose: () => void }) {
  return (
    <ConfirmDialog
      title={`Delete “${preset.name}”?`}
      confirmLabel="Delete preset"
      tone="danger"
      onConfirm={() => remove({ presetId: preset.id })}
      onDone={onDone}
      onClose={onClose}
    >
      <p>
        It leaves the presets list, and its link <span className="font-mono text-xs">/presets/{preset.slug}</span> will say who deleted it and when instead of opening the
        form. Launches made from it keep their records.
      </p>
    </ConfirmDialog>
  );
}
