import type { NetworkType } from '../state/types';
import type { ImageKey, InstanceTypeName } from './catalog';

/** A hand-laid run of instances of a region, from `offset` on; the others are generated (fleet.ts). */
export interface RegionPlan {
  offset: number;
  groups: readonly PlanGroup[];
}

export interface PlanGroup {
  count: number;
  /** `{n}` is replaced by the 1-based number in the group, zero-padded to `pad`. */
  name: string;
  pad: number;
  env: 'prod' | 'staging' | 'dev';
  role: 'web' | 'db' | 'cache' | 'worker';
  team: string;
  images: readonly ImageKey[];
  types: readonly InstanceTypeName[];
  network?: NetworkType;
  /** 1-based numbers within the group that are Stopped / agent offline / agent too old / no agent / disk full. */
  stopped?: readonly number[];
  agentOffline?: readonly number[];
  agentOld?: readonly number[];
  noAgent?: readonly number[];
  diskFull?: readonly number[];
  /** Accounts a host lacks (runs as them fail with AccountNotExists), by 1-based number. */
  missingUsers?: Readonly<Record<number, readonly string[]>>;
  /** Hosts on which every run takes this many seconds longer (a starved host), by 1-based number. */
  slow?: Readonly<Record<number, number>>;
  publicIp?: boolean;
  description: string;
}

/**
 * The hand-laid part of the default region, in order. The journeys depend on it:
 * 214 Linux web servers tagged env=prod, role=web (212 eligible, 2 Stopped), three of
 * them with a full disk among the first 120 (so patching 120 gives 117 Success and
 * 3 Failed with the same error), one without the `deploy` account, a starved database
 * host, Windows hosts for PowerShell, and every kind of ineligible instance.
 */
export const DEFAULT_REGION_PLAN: readonly PlanGroup[] = [
  {
    count: 214, name: 'web-prod-{n}', pad: 3, env: 'prod', role: 'web', team: 'storefront',
    images: ['ubuntu22', 'alinux3'], types: ['ecs.g7.large', 'ecs.g7.xlarge', 'ecs.c7.xlarge'],
    stopped: [37, 158], diskFull: [19, 64, 101], missingUsers: { 213: ['deploy'] }, publicIp: false,
    description: 'Storefront web tier (nginx + app container)',
  },
  {
    count: 12, name: 'db-prod-{n}', pad: 2, env: 'prod', role: 'db', team: 'data',
    images: ['alinux3'], types: ['ecs.r7.2xlarge'], stopped: [12], slow: { 7: 90 },
    description: 'PostgreSQL primary/replica pairs',
  },
  {
    count: 8, name: 'redis-prod-{n}', pad: 2, env: 'prod', role: 'cache', team: 'platform',
    images: ['alinux3'], types: ['ecs.r7.xlarge'],
    description: 'Redis cache nodes',
  },
  {
    count: 24, name: 'worker-prod-{n}', pad: 2, env: 'prod', role: 'worker', team: 'search',
    images: ['ubuntu22', 'debian12'], types: ['ecs.c7.large', 'ecs.c7.xlarge'],
    agentOld: [7, 18], agentOffline: [11],
    description: 'Search indexing and queue workers',
  },
  {
    count: 16, name: 'win-app-prod-{n}', pad: 2, env: 'prod', role: 'worker', team: 'payments',
    images: ['win2022'], types: ['ecs.g7.xlarge'], stopped: [16], agentOffline: [9],
    description: 'Payments batch services (Windows)',
  },
  {
    count: 4, name: 'sql-prod-{n}', pad: 2, env: 'prod', role: 'db', team: 'payments',
    images: ['win2019'], types: ['ecs.r7.2xlarge'],
    description: 'SQL Server for payments (Windows)',
  },
  {
    count: 20, name: 'web-staging-{n}', pad: 2, env: 'staging', role: 'web', team: 'storefront',
    images: ['ubuntu22'], types: ['ecs.g6.large'], stopped: [5, 14], agentOld: [9],
    description: 'Storefront staging web tier',
  },
  {
    count: 12, name: 'worker-staging-{n}', pad: 2, env: 'staging', role: 'worker', team: 'search',
    images: ['ubuntu22', 'debian12'], types: ['ecs.c7.large'], agentOffline: [4],
    description: 'Staging workers',
  },
  {
    count: 6, name: 'win-web-staging-{n}', pad: 2, env: 'staging', role: 'web', team: 'payments',
    images: ['win2022'], types: ['ecs.g6.large'], stopped: [6],
    description: 'Payments portal staging (IIS)',
  },
  {
    count: 20, name: 'dev-{n}', pad: 2, env: 'dev', role: 'worker', team: 'platform',
    images: ['ubuntu22', 'alinux3', 'debian12'], types: ['ecs.t6-c1m2.large'],
    stopped: [3, 8, 13, 17], agentOffline: [6, 19], diskFull: [15],
    description: 'Developer sandboxes',
  },
  {
    count: 8, name: 'legacy-batch-{n}', pad: 2, env: 'staging', role: 'worker', team: 'platform',
    images: ['centos7'], types: ['ecs.sn1ne.large'], network: 'classic', agentOld: [1, 2, 3, 4, 5, 6, 7, 8],
    stopped: [8],
    description: 'Legacy batch hosts on the classic network (migration pending)',
  },
  {
    count: 4, name: 'build-{n}', pad: 2, env: 'dev', role: 'worker', team: 'platform',
    images: ['debian12'], types: ['ecs.c7.xlarge'], noAgent: [1, 2, 3, 4],
    description: 'CI build hosts (custom image without the Cloud Assistant Agent)',
  },
];

/** The edge tier of cn-hangzhou, after its 80 generated instances: the runaway schedule's 400 hosts. */
const HANGZHOU_EDGE: readonly PlanGroup[] = [
  {
    count: 400, name: 'cdn-edge-{n}', pad: 3, env: 'prod', role: 'web', team: 'edge',
    images: ['alinux3', 'ubuntu22'], types: ['ecs.c7.large', 'ecs.g7.large'],
    description: 'Edge cache nodes (nginx)',
  },
];

/** Hand-laid runs per region; a region without one is all generated. */
export const REGION_PLANS: Readonly<Record<string, RegionPlan>> = {
  'cn-shanghai': { offset: 0, groups: DEFAULT_REGION_PLAN },
  'cn-hangzhou': { offset: 80, groups: HANGZHOU_EDGE },
};
