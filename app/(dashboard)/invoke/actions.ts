'use server';

import { defineAction } from '@/lib/auth/action';
import { getDb } from '@/lib/db';
import { getEcsClient, getRegionGuard } from '@/lib/ecs';
import { DEFAULT_LIMITS } from '@/lib/invoke/limits';
import { getEngine } from '@/lib/launches/engine';
import { checkLaunch } from '@/lib/launches/check-launch';
import { launch } from '@/lib/launches/launch';
import { launchInputSchema } from '@/lib/launches/launch-input';

/** Validate the draft against ECS as it is now and record it; the dispatcher sends its batches. */
export const launchCommand = defineAction({ name: 'launchCommand', access: 'operator', schema: launchInputSchema }, async (input, { user }) => {
  const engine = await getEngine();
  return launch({ db: await getDb(), ecs: getEcsClient(), regions: getRegionGuard(), limits: DEFAULT_LIMITS, secretKey: engine.secretKey, wake: engine.wake }, user, input);
});

/** "Check only": the same validation, then each call sent as a DryRun; nothing runs or is recorded. */
export const checkCommand = defineAction({ name: 'checkCommand', access: 'operator', schema: launchInputSchema }, async (input) =>
  checkLaunch({ db: await getDb(), ecs: getEcsClient(), regions: getRegionGuard(), limits: DEFAULT_LIMITS }, input),
);
