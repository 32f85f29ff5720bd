import { z } from 'zod';

import { invokeDraftSchema, type InvokeDraft } from '@/lib/invoke/draft';
import { type InstanceFilter, instanceFilterSchema, isNarrowing } from '@/lib/invoke/instance-filter';
import { secretNamesOf, stripSecretValues } from '@/lib/invoke/secrets';

/**
 * What a preset or a share link holds: the launch form without any secret value. A secret
 * parameter keeps its name and its flag, so the form knows to ask for it again.
 */
export const presetPayloadSchema = z.object({
  draft: invokeDraftSchema,
  /**
   * What the world looked like when it was saved, so a list can name the command without
   * asking ECS, and a preset whose command is gone can still say which one it was.
   */
  saved: z.object({ commandName: z.string().max(256).nullable() }).optional(),
  /**
   * When set, the instances are this search, resolved each time the form opens, and the
   * draft's instance list is empty.
   */
  instanceFilter: instanceFilterSchema.optional(),
});

export type PresetPayload = z.infer<typeof presetPayloadSchema>;

/** The launch form as a preset or a link takes it: the draft, and the search kept instead of its instance list, if any. */
export interface SavedForm {
  draft: InvokeDraft;
  instanceFilter: InstanceFilter | null;
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

/** Read a stored or shared payload; null when it is not one (a hand-edited link, say). */
export function parsePresetPayload(value: unknown): PresetPayload | null {
  const parsed = presetPayloadSchema.safeParse(value);
  return parsed.success ? toPresetPayload(parsed.data.draft, parsed.data.saved, parsed.data.instanceFilter) : null;
}

/** A stored payload's JSON text, read back; null when the row is damaged. */
export function readStoredPayload(json: string): PresetPayload | null {
  try {
    return parsePresetPayload(JSON.parse(json));
  } catch {
    return null;
  }
}
