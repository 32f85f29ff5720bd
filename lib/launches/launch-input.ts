import { z } from 'zod';

import { invokeDraftSchema } from '@/lib/invoke/draft';

/**
 * What the launch action takes. `launchId` is made by the form, so a double submit finds the
 * launch it already made; the draft's shape is bounded here, its rules checked by the service.
 */
export const launchInputSchema = z.object({
  launchId: z.uuid('The launch ID is not valid; reload the form.'),
  draft: invokeDraftSchema,
  presetId: z.string().max(36, 'Preset: not a preset ID.').nullish(),
});

export type LaunchInput = z.output<typeof launchInputSchema>;
