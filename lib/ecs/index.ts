import 'server-only';

/**
 * The one door to Alibaba ECS (or the local sandbox). Nothing else in the app imports the
 * SDK: pages, actions and route handlers call these and get our own types and EcsError.
 */
export { createEcsClient, getEcsClient, getRegionGuard, type EcsClient } from './client';
export { discoveredRegions, fixedRegions, type RegionGuard } from './region-guard';
export { ERROR_HINTS } from './error-hints';
export { EcsError, type EcsAction } from './errors';
export { withEcsPriority, type EcsPriority } from './budget-priority';
export { AGENT_STATUS_BATCH, INSTANCES_PAGE_MAX } from './op-instances';
export { CLOUD_ASSISTANT_PAGE_MAX, STOP_INSTANCES_MAX } from './op-commands';
export { ecsOptionsFromEnv, parseEndpoint, type EcsClientOptions, type EcsCredentials, type EcsLogger } from './options';
export type * from './types';
export type * from './types-assistant';
