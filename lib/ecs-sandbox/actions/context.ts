import type { Limits } from '@/lib/invoke/limits';
import type { SandboxClock } from '../simulation/clock';
import { findRegion, type RegionSpec } from '../simulation/regions';
import type { ScheduleOracle } from '../simulation/schedule-oracle';
import type { SandboxStore } from '../state/store';
import { ApiError, platformErrors } from '../wire/api-error';
import type { Params } from './params';

/** What every operation handler works with. */
export interface SandboxContext {
  store: SandboxStore;
  clock: SandboxClock;
  limits: Limits;
  oracle: ScheduleOracle;
}

export interface ActionCall {
  params: Params;
  ctx: SandboxContext;
}

/** A handler returns the response body without RequestId (the wire layer adds it). */
export type ActionHandler = (call: ActionCall) => Record<string, unknown>;

/** RegionId must name a listed region; Cloud Assistant operations also need the service there. */
export function requireRegion(params: Params, needs: 'ecs' | 'cloud-assistant'): RegionSpec {
  const regionId = params.required('RegionId');
  const region = findRegion(regionId);
  if (!region) throw new ApiError('InvalidRegionId.NotFound', 404, `The specified RegionId "${regionId}" does not exist.`);
  if (needs === 'cloud-assistant' && !region.cloudAssistant) {
    throw new ApiError('RegionId.ApiNotSupported', 400, `The api is not supported in this region (${regionId}): Cloud Assistant is not offered there.`);
  }
  return region;
}

export { platformErrors };
