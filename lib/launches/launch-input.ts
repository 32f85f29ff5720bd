import { z } from 'zod';

import { invokeDraftSchema } from '@/lib/invoke/draft';
import { notifyIdsSchema } from '@/lib/notify/schema';

/**
 * What the launch action takes. `launchId` is made by the form, so a double submit finds the
 * launch it already made; the draft's shape is bounded here, its rules checked by the service.
 */
export const launchInputSchema = z.object({
  launchId: z.uuid('The launch ID is not valid; reload the form.'),
  draft: invokeDraftSchema,
  presetId: z.string().max(36, 'Preset: not a preset ID.').nullish(),
  /** Opt-in webhooks told about this launch, beside the global ones (InvokeDeck's own, not an API field). */
  notify: notifyIdsSchema,
});

/** What the service takes: the action's parsed input, or a caller's own (tests, benches) with no webhooks. */
export type LaunchInput = Omit<z.output<typeof launchInputSchema>, 'notify'> & { notify?: readonly string[] | undefined };
