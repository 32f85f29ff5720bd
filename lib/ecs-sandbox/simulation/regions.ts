/** The regions the sandbox lists. IDs and endpoints follow the live ones. */
export interface RegionSpec {
  regionId: string;
  localName: { 'zh-CN': string; 'en-US': string };
  endpoint: string;
  zones: readonly string[];
  /** Three characters every instance ID in the region starts with, as on the live API. */
  idPrefix: string;
  /** Two letters used in command and invocation IDs (`t-sh0…`). */
  shortCode: string;
  /** False for a region that is listed but does not offer Cloud Assistant. */
  cloudAssistant: boolean;
  /** Instances seeded when SANDBOX_INSTANCES does not say otherwise. */
  baseInstances: number;
  /** First two octets of the region's private network. */
  network: string;
}

export const DEFAULT_REGION_ID = 'cn-shanghai';

export const REGIONS: readonly RegionSpec[] = [
  {
    regionId: 'cn-shanghai',
    localName: { 'zh-CN': '华东2（上海）', 'en-US': 'China (Shanghai)' },
    endpoint: 'ecs.cn-shanghai.aliyuncs.com',
    zones: ['cn-shanghai-b', 'cn-shanghai-e', 'cn-shanghai-g', 'cn-shanghai-l'],
    idPrefix: 'uf6',
    shortCode: 'sh',
    cloudAssistant: true,
    baseInstances: 360,
    network: '172.16',
  },
  {
    regionId: 'cn-hangzhou',
    localName: { 'zh-CN': '华东1（杭州）', 'en-US': 'China (Hangzhou)' },
    endpoint: 'ecs-cn-hangzhou.aliyuncs.com',
    zones: ['cn-hangzhou-h', 'cn-hangzhou-i', 'cn-hangzhou-j', 'cn-hangzhou-k'],
    idPrefix: 'bp1',
    shortCode: 'hz',
    cloudAssistant: true,
    // 80 generated, then the 400-host edge tier of fleet-plan.ts.
    baseInstances: 480,
    network: '172.20',
  },
  {
    regionId: 'cn-beijing',
    localName: { 'zh-CN': '华北2（北京）', 'en-US': 'China (Beijing)' },
    endpoint: 'ecs.cn-beijing.aliyuncs.com',
    zones: ['cn-beijing-g', 'cn-beijing-h', 'cn-beijing-i'],
    idPrefix: '2ze',
    shortCode: 'bj',
    cloudAssistant: true,
    baseInstances: 40,
    network: '172.24',
  },
  {
    regionId: 'cn-nanjing',
    localName: { 'zh-CN': '华东5（南京-本地地域）', 'en-US': 'China (Nanjing - Local Region)' },
    endpoint: 'ecs.cn-nanjing.aliyuncs.com',
    zones: ['cn-nanjing-a'],
    idPrefix: 'gc7',
    shortCode: 'nj',
    cloudAssistant: false,
    baseInstances: 12,
    network: '172.28',
  },
];

export function findRegion(regionId: string): RegionSpec | undefined {
  return REGIONS.find((region) => region.regionId === regionId);
}
