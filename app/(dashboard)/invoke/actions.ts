'use server';

import { defineAction } from '@/lib/auth/action';
import { getDb } from '@/lib/db';
import { getEcsClient, getRegionGuard } from '@/lib/ecs';
import { DEFAULT_LIMITS } from '@/lib/invoke/limits';
import { launch } from '@/lib/launches/launch';
import { launchInputSchema } from '@/lib/launches/launch-input';

/** Validate the draft against ECS as it is now, record it, send it in batches. */
export const launchCommand = defineAction({ name: 'launchCommand', access: 'operator', schema: launchInputSchema }, async (input, { user }) =>
  launch({ db: await getDb(), ecs: getEcsClient(), regions: getRegionGuard(), limits: DEFAULT_LIMITS }, user, input),
);
