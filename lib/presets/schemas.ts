import { z } from 'zod';

import { notifyIdsSchema } from '@/lib/notify/schema';

import { invokeDraftSchema } from '@/lib/invoke/draft';
import { instanceFilterSchema } from '@/lib/invoke/instance-filter-schema';

/**
 * The inputs of the preset actions: one schema per form, used by the dialogs in the browser
 * and parsed again by each server action.
 */
export const presetDetailsSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Name: give the preset a name, e.g. "prod web patch".')
    .max(100, 'Name: at most 100 characters.'),
  description: z.string().trim().max(500, 'Description: at most 500 characters.'),
});

export type PresetDetails = z.infer<typeof presetDetailsSchema>;

const presetId = z.uuid('The preset ID is not valid; reload the page.');
const version = z.number().int().min(1);

/** Each version is stored whole: keep one within reason (10,000 instance IDs fit easily). */
const PAYLOAD_MAX_CHARS = 512_000;

const presetDraft = invokeDraftSchema.refine((draft) => JSON.stringify(draft).length <= PAYLOAD_MAX_CHARS, {
  message: 'The form is too large to save as a preset (over 500 KB). Select fewer instances.',
  path: ['instanceIds'],
});

/** Null or absent: the preset keeps the draft's instance IDs. */
const instanceFilter = instanceFilterSchema.nullable().default(null);

export const createPresetInput = presetDetailsSchema.extend({ draft: presetDraft, instanceFilter, notify: notifyIdsSchema });

export const savePresetInput = z.object({ presetId, expectedVersion: version, draft: presetDraft, instanceFilter, notify: notifyIdsSchema });

export const updatePresetDetailsInput = presetDetailsSchema.extend({ presetId, expectedVersion: version });

export const duplicatePresetInput = presetDetailsSchema.extend({ presetId });

export const deletePresetInput = z.object({ presetId });

export const restorePresetVersionInput = z.object({ presetId, version, expectedVersion: version });

/** "Copy link to this form": what the link will open, kept on the server. */
export const shareFormInput = z.object({ draft: presetDraft, instanceFilter });
