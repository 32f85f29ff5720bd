import type { InstanceSeed, OsType, Tag } from '../state/types';
import { rngFor } from './random';
import type { RegionSpec } from './regions';

interface ManagedSeed {
  name: string;
  hostName: string;
  osType: OsType;
  osVersion: string;
  agentVersion: string;
  online: boolean;
  intranetIp: string;
  internetIp: string;
  tags: Tag[];
  registeredDaysAgo: number;
}

/**
 * Servers outside ECS registered with Cloud Assistant (`mi-` IDs), in cn-shanghai: two
 * Linux hosts and a Windows one online, one Linux host whose agent is offline.
 */
const SEEDS: readonly ManagedSeed[] = [
  { name: 'onprem-db-01', hostName: 'db01.dc1.example.internal', osType: 'linux', osVersion: 'CentOS Linux release 7.9.2009 (Core)', agentVersion: '2.2.3.612', online: true, intranetIp: '10.20.0.11', internetIp: '', tags: [{ key: 'env', value: 'prod' }, { key: 'site', value: 'dc1' }], registeredDaysAgo: 90 },
  { name: 'onprem-web-01', hostName: 'web01.dc1.example.internal', osType: 'linux', osVersion: 'Ubuntu 22.04.4 LTS', agentVersion: '2.2.3.612', online: true, intranetIp: '10.20.0.21', internetIp: '203.0.113.21', tags: [{ key: 'env', value: 'prod' }, { key: 'role', value: 'proxy' }, { key: 'site', value: 'dc1' }], registeredDaysAgo: 60 },
  { name: 'branch-win-01', hostName: 'BRANCH-WIN-01', osType: 'windows', osVersion: 'Microsoft Windows Server 2019 Datacenter', agentVersion: '2.1.3.612', online: true, intranetIp: '192.168.10.5', internetIp: '', tags: [{ key: 'site', value: 'branch' }], registeredDaysAgo: 30 },
  { name: 'onprem-legacy-01', hostName: 'legacy01.dc1.example.internal', osType: 'linux', osVersion: 'CentOS Linux release 7.6.1810 (Core)', agentVersion: '2.2.3.398', online: false, intranetIp: '10.20.0.31', internetIp: '', tags: [{ key: 'env', value: 'staging' }, { key: 'site', value: 'dc1' }], registeredDaysAgo: 200 },
];

export const MANAGED_REGION_ID = 'cn-shanghai';
const DAY = 86_400_000;

/** The region's managed instances, as instance seeds (IDs, activation and machine IDs derived from the seed). */
export function seedManagedInstances(seed: number, region: RegionSpec): InstanceSeed[] {
  if (region.regionId !== MANAGED_REGION_ID) return [];
  return SEEDS.map((entry) => {
    const rng = rngFor(seed, 'managed', region.regionId, entry.name);
    const registrationTime = Date.UTC(2026, 0, 1) - entry.registeredDaysAgo * DAY + rng.int(0, DAY);
    return {
      instanceId: `mi-${region.shortCode}0${rng.text(13)}`,
      regionId: region.regionId,
      zoneId: '',
      instanceName: entry.name,
      hostName: entry.hostName,
      description: '',
      osType: entry.osType,
      osName: entry.osVersion,
      osNameEn: entry.osVersion,
      imageId: '',
      instanceType: '',
      cpu: 0,
      memory: 0,
      networkType: 'vpc',
      vpcId: '',
      vSwitchId: '',
      privateIp: entry.intranetIp,
      publicIp: entry.internetIp,
      securityGroupId: '',
      tags: entry.tags,
      creationTime: registrationTime,
      initialStatus: 'Running',
      agentVersion: entry.agentVersion,
      agentOnline: entry.online,
      diskFull: false,
      missingUsers: [],
      slowSeconds: 0,
      managed: {
        activationId: `${rng.text(8, '0123456789ABCDEF')}-${rng.text(4, '0123456789ABCDEF')}-${rng.text(4, '0123456789ABCDEF')}-${rng.text(4, '0123456789ABCDEF')}-${rng.text(12, '0123456789ABCDEF')}`,
        machineId: rng.text(32, '0123456789abcdef'),
        osVersion: entry.osVersion,
        registrationTime,
      },
    };
  });
}
