import { z } from 'zod';

import { invokeDraftSchema } from '@/lib/invoke/draft';
import { instanceFilterSchema } from '@/lib/invoke/instance-filter-schema';
import { toPresetPayload } from '@/lib/presets/payload-values';

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

export { secretParameterNames, toPresetPayload, type SavedForm } from '@/lib/presets/payload-values';

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
