'use server';

import { z } from 'zod';

import { defineAction } from '@/lib/auth/action';
import { getDb } from '@/lib/db';
import { getEcsClient } from '@/lib/ecs';
import { invokeDraftSchema } from '@/lib/invoke/draft';
import { DEFAULT_LIMITS } from '@/lib/invoke/limits';
import { launch } from '@/lib/launches/launch';

const launchInput = z.object({
  launchId: z.uuid('The launch ID is not valid; reload the form.'),
  draft: invokeDraftSchema,
  presetId: z.string().max(36).nullish(),
});

/** Validate the draft against ECS as it is now, record it, send it in batches. */
export const launchCommand = defineAction({ name: 'launchCommand', access: 'operator', schema: launchInput }, async (input, { user }) =>
  launch({ db: await getDb(), ecs: getEcsClient(), limits: DEFAULT_LIMITS }, user, input),
);
