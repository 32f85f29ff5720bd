import { type ActionResult } from '@/lib/action-result';
import { type InvokeDraft } from '@/lib/invoke/draft';
import { type InstanceFilter } from '@/lib/invoke/instance-filter';
import { type PresetPayload } from '@/lib/presets/payload';
import { type SharedFormLink } from '@/lib/presets/share-state';

/**
 * The preset server actions as the components receive them (a page hands them down as
 * props, so nothing here imports from app/).
 */
export interface SavedPresetView {
  presetId: string;
  slug: string;
  name: string;
  version: number;
  change: string;
}

type Act<I, O = SavedPresetView> = (input: I) => Promise<ActionResult<O>>;

export interface PresetActions {
  createPreset: Act<{ name: string; description: string; draft: InvokeDraft; instanceFilter: InstanceFilter | null }>;
  savePresetChanges: Act<{ presetId: string; expectedVersion: number; draft: InvokeDraft; instanceFilter: InstanceFilter | null }>;
  updatePresetDetails: Act<{ presetId: string; expectedVersion: number; name: string; description: string }>;
  duplicatePreset: Act<{ presetId: string; name: string; description: string }>;
  restorePresetVersion: Act<{ presetId: string; version: number; expectedVersion: number }>;
  deletePreset: Act<{ presetId: string }, { slug: string; name: string }>;
  shareFormLink: Act<{ draft: InvokeDraft; instanceFilter: InstanceFilter | null }, SharedFormLink>;
}

/** The preset a form was opened from, as the toolbar needs it. */
export interface ToolbarPreset {
  id: string;
  slug: string;
  name: string;
  description: string;
  version: number;
  /** The saved version the form started from: what "Save changes" compares against. */
  baseline: PresetPayload;
}
