import type { OsType } from '../state/types';

export interface ImageSpec {
  imageId: string;
  osType: OsType;
  osName: string;
  osNameEn: string;
}

/** Public images with the live naming (note the double space the API puts after the distro). */
export const IMAGES = {
  ubuntu22: {
    imageId: 'ubuntu_22_04_x64_20G_alibase_20240926.vhd',
    osType: 'linux',
    osName: 'Ubuntu  22.04 64位',
    osNameEn: 'Ubuntu  22.04 64 bit',
  },
  alinux3: {
    imageId: 'aliyun_3_x64_20G_alibase_20240819.vhd',
    osType: 'linux',
    osName: 'Alibaba Cloud Linux  3.2104 LTS 64位',
    osNameEn: 'Alibaba Cloud Linux  3.2104 LTS 64 bit',
  },
  debian12: {
    imageId: 'debian_12_6_x64_20G_alibase_20240819.vhd',
    osType: 'linux',
    osName: 'Debian  12.6 64位',
    osNameEn: 'Debian  12.6 64 bit',
  },
  centos7: {
    imageId: 'centos_7_9_x64_20G_alibase_20240628.vhd',
    osType: 'linux',
    osName: 'CentOS  7.9 64位',
    osNameEn: 'CentOS  7.9 64 bit',
  },
  win2022: {
    imageId: 'win2022_21H2_x64_dtc_en-us_40G_alibase_20240816.vhd',
    osType: 'windows',
    osName: 'Windows Server  2022 数据中心版 64位英文版',
    osNameEn: 'Windows Server  2022 Data Center Edition 64bit English Edition',
  },
  win2019: {
    imageId: 'win2019_1809_x64_dtc_en-us_40G_alibase_20240816.vhd',
    osType: 'windows',
    osName: 'Windows Server  2019 数据中心版 64位英文版',
    osNameEn: 'Windows Server  2019 Data Center Edition 64bit English Edition',
  },
} as const satisfies Record<string, ImageSpec>;

export type ImageKey = keyof typeof IMAGES;

export const INSTANCE_TYPES = {
  'ecs.g7.large': { cpu: 2, memory: 8192 },
  'ecs.g7.xlarge': { cpu: 4, memory: 16384 },
  'ecs.c7.large': { cpu: 2, memory: 4096 },
  'ecs.c7.xlarge': { cpu: 4, memory: 8192 },
  'ecs.r7.xlarge': { cpu: 4, memory: 32768 },
  'ecs.r7.2xlarge': { cpu: 8, memory: 65536 },
  'ecs.g6.large': { cpu: 2, memory: 8192 },
  'ecs.t6-c1m2.large': { cpu: 2, memory: 4096 },
  'ecs.sn1ne.large': { cpu: 2, memory: 4096 },
} as const;

export type InstanceTypeName = keyof typeof INSTANCE_TYPES;

/** Agent versions: "current" has every scheduled feature, "old" predates rate/at/time zones. */
export const AGENT_VERSIONS = {
  linux: { current: '2.2.3.857', old: '2.2.1.124' },
  windows: { current: '2.1.3.857', old: '2.1.1.124' },
} as const;

/** Scheduled features (rate, at, year, time zone) need at least these (reference §3). */
export const SCHEDULE_FEATURE_MIN_VERSION = { linux: '2.2.3.282', windows: '2.1.3.282' } as const;
export const SESSION_MANAGER_MIN_VERSION = { linux: '2.2.3.189', windows: '2.1.3.189' } as const;

/** Compare dotted version strings numerically; an empty version is the oldest. */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
