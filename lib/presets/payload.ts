import { z } from 'zod';

import { invokeDraftSchema, type InvokeDraft } from '@/lib/invoke/draft';

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
});

export type PresetPayload = z.infer<typeof presetPayloadSchema>;

export function stripSecrets(draft: InvokeDraft): InvokeDraft {
  return { ...draft, parameters: draft.parameters.map((entry) => (entry.secret ? { ...entry, value: '' } : entry)) };
}

export function toPresetPayload(draft: InvokeDraft, saved?: PresetPayload['saved']): PresetPayload {
  return { draft: stripSecrets(draft), ...(saved ? { saved } : {}) };
}

/** The names of the parameters whose values must be asked for again. */
export function secretParameterNames(payload: PresetPayload): string[] {
  return payload.draft.parameters.filter((entry) => entry.secret).map((entry) => entry.name);
}

/** Read a stored or shared payload; null when it is not one (a hand-edited link, say). */
export function parsePresetPayload(value: unknown): PresetPayload | null {
  const parsed = presetPayloadSchema.safeParse(value);
  return parsed.success ? { ...parsed.data, draft: stripSecrets(parsed.data.draft) } : null;
}

/** A stored payload's JSON text, read back; null when the row is damaged. */
export function readStoredPayload(json: string): PresetPayload | null {
  try {
    return parsePresetPayload(JSON.parse(json));
  } catch {
    return null;
  }
}
