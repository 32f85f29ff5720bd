import type { InstanceSeed, NetworkType, OsType, Tag } from '../state/types';
import { AGENT_VERSIONS, IMAGES, INSTANCE_TYPES, type ImageKey, type InstanceTypeName } from './catalog';
import { type PlanGroup, REGION_PLANS } from './fleet-plan';
import { rngFor, type Rng } from './random';
import { DEFAULT_REGION_ID, type RegionSpec } from './regions';

/** Seeded instances were created between this date and about 2.5 years later. */
const FLEET_EPOCH = Date.UTC(2023, 2, 1);

interface Profile {
  name: string;
  env: string;
  role: string;
  team: string;
  image: ImageKey;
  type: InstanceTypeName;
  network: NetworkType;
  stopped: boolean;
  agent: 'current' | 'old' | 'offline' | 'none';
  diskFull: boolean;
  missingUsers: readonly string[];
  slowSeconds: number;
  publicIp: boolean;
  description: string;
}

/**
 * Instance `index` of a region. Index-stable: instance N is the same whatever the fleet
 * size, so SANDBOX_INSTANCES grows a region without changing the instances it had.
 */
export function seedInstance(seed: number, region: RegionSpec, index: number): InstanceSeed {
  const rng = rngFor(seed, region.regionId, index);
  const profile = planProfile(region, index, rng) ?? extraProfile(region, index, rng);
  const image = IMAGES[profile.image];
  const osType: OsType = image.osType;
  const instanceId = `i-${region.idPrefix}${rngFor(seed, 'id', region.regionId, index).text(17)}`;
  const zoneIndex = index % region.zones.length;
  const zoneId = region.zones[zoneIndex] ?? region.regionId;
  const vpcKey = profile.env === 'prod' ? 'prod' : 'nonprod';
  const vpc = profile.network === 'vpc';
  const versions = AGENT_VERSIONS[osType];
  const tags: Tag[] = [
    { key: 'env', value: profile.env },
    { key: 'role', value: profile.role },
    { key: 'team', value: profile.team },
  ];
  if (profile.env === 'prod') tags.push({ key: 'cost-center', value: `cc-${1000 + (rng.int(0, 7) * 17)}` });
  return {
    instanceId,
    regionId: region.regionId,
    zoneId,
    instanceName: profile.name,
    hostName: osType === 'windows' ? `iZ${instanceId.slice(2, 13)}Z` : profile.name,
    description: profile.description,
    osType,
    osName: image.osName,
    osNameEn: image.osNameEn,
    imageId: image.imageId,
    instanceType: profile.type,
    cpu: INSTANCE_TYPES[profile.type].cpu,
    memory: INSTANCE_TYPES[profile.type].memory,
    networkType: profile.network,
    vpcId: vpc ? resourceId(seed, 'vpc', region, vpcKey) : '',
    vSwitchId: vpc ? resourceId(seed, 'vsw', region, `${vpcKey}-${zoneId}`) : '',
    privateIp: privateIp(region, index, vpc),
    publicIp: profile.publicIp ? `47.${100 + (index % 50)}.${(index >> 8) % 250}.${(index % 250) + 2}` : '',
    securityGroupId: resourceId(seed, 'sg', region, `${profile.env}-${profile.role}`),
    tags,
    creationTime: FLEET_EPOCH + rng.int(0, 900) * 86_400_000 + rng.int(0, 1439) * 60_000,
    initialStatus: profile.stopped ? 'Stopped' : 'Running',
    agentVersion: profile.agent === 'none' ? '' : profile.agent === 'old' ? versions.old : versions.current,
    agentOnline: profile.agent === 'current' || profile.agent === 'old',
    diskFull: profile.diskFull,
    missingUsers: [...profile.missingUsers],
    slowSeconds: profile.slowSeconds,
  };
}

function planProfile(region: RegionSpec, index: number, rng: Rng): Profile | undefined {
  const plan = REGION_PLANS[region.regionId];
  if (!plan || index < plan.offset) return undefined;
  let offset = index - plan.offset;
  for (const group of plan.groups) {
    if (offset < group.count) return fromGroup(group, offset + 1, rng);
    offset -= group.count;
  }
  return undefined;
}

function fromGroup(group: PlanGroup, n: number, rng: Rng): Profile {
  const has = (list?: readonly number[]) => list?.includes(n) ?? false;
  return {
    name: group.name.replace('{n}', String(n).padStart(group.pad, '0')),
    env: group.env,
    role: group.role,
    team: group.team,
    image: rng.pick(group.images),
    type: rng.pick(group.types),
    network: group.network ?? 'vpc',
    stopped: has(group.stopped),
    agent: has(group.noAgent) ? 'none' : has(group.agentOld) ? 'old' : has(group.agentOffline) ? 'offline' : 'current',
    diskFull: has(group.diskFull),
    missingUsers: group.missingUsers?.[n] ?? [],
    slowSeconds: group.slow?.[n] ?? 0,
    publicIp: group.publicIp ?? false,
    description: group.description,
  };
}

const TEAMS: Record<string, readonly string[]> = {
  web: ['storefront', 'growth'],
  db: ['data'],
  cache: ['platform'],
  worker: ['search', 'data', 'platform', 'payments'],
};

/** Generated instances. In the default region they avoid env=prod + role=web, which the journeys count. */
function extraProfile(region: RegionSpec, index: number, rng: Rng): Profile {
  const windows = rng.chance(0.12);
  const role = windows ? rng.pick(['worker', 'web'] as const) : rng.pick(['web', 'db', 'cache', 'worker', 'worker'] as const);
  let env = rng.pick(['prod', 'prod', 'staging', 'dev'] as const);
  if (region.regionId === DEFAULT_REGION_ID && env === 'prod' && role === 'web') env = 'staging';
  const roll = rng.next();
  const agent = roll < 0.04 ? 'offline' : roll < 0.09 ? 'old' : roll < 0.11 ? 'none' : 'current';
  const image: ImageKey = windows ? rng.pick(['win2022', 'win2019'] as const) : rng.pick(['ubuntu22', 'alinux3', 'debian12'] as const);
  return {
    name: `${role}-${env}-${region.shortCode}-${String(index + 1).padStart(4, '0')}`,
    env,
    role,
    team: rng.pick(TEAMS[role] ?? ['platform']),
    image,
    type: rng.pick(role === 'db' ? (['ecs.r7.xlarge', 'ecs.r7.2xlarge'] as const) : (['ecs.g7.large', 'ecs.c7.large', 'ecs.g6.large'] as const)),
    network: rng.chance(0.03) ? 'classic' : 'vpc',
    stopped: rng.chance(0.12),
    agent,
    diskFull: false,
    missingUsers: [],
    slowSeconds: 0,
    publicIp: role === 'web' && rng.chance(0.2),
    description: `${env} ${role} node`,
  };
}

const resourceIds = new Map<string, string>();

/** VPC, vSwitch and security group IDs are shared by many instances: derive each once. */
function resourceId(seed: number, kind: string, region: RegionSpec, key: string): string {
  const cacheKey = `${seed}/${kind}/${region.regionId}/${key}`;
  let id = resourceIds.get(cacheKey);
  if (id === undefined) {
    id = `${kind}-${region.idPrefix}${rngFor(seed, kind, region.regionId, key).text(17)}`;
    resourceIds.set(cacheKey, id);
  }
  return id;
}

function privateIp(region: RegionSpec, index: number, vpc: boolean): string {
  const host = (index % 250) + 3;
  const third = Math.floor(index / 250) % 256;
  if (!vpc) return `10.${80 + Math.floor(index / 64_000)}.${third}.${host}`;
  const [first = '172', second = '16'] = region.network.split('.');
  return `${first}.${Number(second) + Math.floor(index / 64_000)}.${third}.${host}`;
}
