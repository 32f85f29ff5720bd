import type { InvokeDraft } from '@/lib/invoke/draft';
import { type InstanceFilter, isNarrowing } from '@/lib/invoke/instance-filter';
import { secretNamesOf, stripSecretValues } from '@/lib/invoke/secrets';
import type { PresetPayload } from '@/lib/presets/payload';

// Apart from the payload's zod schema (payload.ts): the preset toolbar runs these in the browser.

/** The launch form as a preset or a link takes it: the draft, and the search kept instead of its instance list, if any. */
export interface SavedForm {
  draft: InvokeDraft;
  instanceFilter: InstanceFilter | null;
  /** Opt-in webhooks the preset's launches notify (kept beside the preset, not in its payload). */
  notify?: string[];
}

/** A filter that does not narrow is dropped: it would pick the whole region, which nobody means to save. */
export function toPresetPayload(draft: InvokeDraft, saved?: PresetPayload['saved'], instanceFilter?: InstanceFilter | null): PresetPayload {
  const filter = instanceFilter && isNarrowing(instanceFilter) ? instanceFilter : null;
  return {
    draft: stripSecretValues(filter ? { ...draft, instanceIds: [] } : draft),
    ...(saved ? { saved } : {}),
    ...(filter ? { instanceFilter: filter } : {}),
  };
}

/** The names of the parameters whose values must be asked for again. */
export function secretParameterNames(payload: PresetPayload): string[] {
  return secretNamesOf(payload.draft.parameters);
}
