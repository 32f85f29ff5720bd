'use server';

import { defineAction } from '@/lib/auth/action';
import { getDb } from '@/lib/db';
import { getEcsClient, getRegionGuard } from '@/lib/ecs';
import { limitsForRegion } from '@/lib/launches/account-limits';
import { getEngine } from '@/lib/launches/engine';
import { checkLaunch } from '@/lib/launches/check-launch';
import { launch } from '@/lib/launches/launch';
import { launchInputSchema } from '@/lib/launches/launch-input';

/** Validate the draft against ECS as it is now and record it; the dispatcher sends its batches. */
export const launchCommand = defineAction({ name: 'launchCommand', access: 'operator', schema: launchInputSchema }, async (input, { user }) => {
  const engine = await getEngine();
  const [ecs, regions] = [getEcsClient(), getRegionGuard()];
  return launch({ db: await getDb(), ecs, regions, limits: await limitsForRegion(ecs, regions, input.draft.regionId), secretKey: engine.secretKey, wake: engine.wake }, user, input);
});

/** "Check only": the same validation, then each call sent as a DryRun; nothing runs or is recorded. */
export const checkCommand = defineAction({ name: 'checkCommand', access: 'operator', schema: launchInputSchema }, async (input) => {
  const [ecs, regions] = [getEcsClient(), getRegionGuard()];
  return checkLaunch({ db: await getDb(), ecs, regions, limits: await limitsForRegion(ecs, regions, input.draft.regionId) }, input);
});
