import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from '../server';
import { SandboxStore } from '../state/store';
import { agentOnlineAt, agentSupportsScheduleFeatures } from './power';

const now = Date.UTC(2026, 10, 28);

describe('the seeded fleet', () => {
  const store = new SandboxStore(DEFAULT_SEED, 360);
  const shanghai = store.regionInstances('cn-shanghai');
  const tagged = (env: string, role: string) =>
    shanghai.filter((i) => i.tags.some((t) => t.key === 'env' && t.value === env) && i.tags.some((t) => t.key === 'role' && t.value === role));

  it('has every region, with live-looking IDs per region', () => {
    expect(store.regions().map((r) => [r.regionId, store.regionInstances(r.regionId).length, r.cloudAssistant])).toEqual([
      ['cn-shanghai', 360, true],
      ['cn-hangzhou', 480, true],
      ['cn-beijing', 40, true],
      ['cn-nanjing', 12, false],
    ]);
    expect(store.regionInstances('cn-hangzhou').every((i) => /^i-bp1[a-z0-9]{17}$/.test(i.instanceId))).toBe(true);
    // Every ECS instance, plus the four managed instances (mi-) of cn-shanghai.
    expect(new Set([...store.instances.keys()]).size).toBe(360 + 480 + 40 + 12 + 4);
    expect(store.regionManagedInstances('cn-shanghai').every((i) => /^mi-sh0[a-z0-9]{13}$/.test(i.instanceId))).toBe(true);
  });

  it('puts the 400-host edge tier after the 80 generated hosts of cn-hangzhou, all Running Linux with current agents', () => {
    const hangzhou = store.regionInstances('cn-hangzhou');
    const edge = hangzhou.slice(80);
    expect(edge.map((i) => i.instanceName)).toEqual(Array.from({ length: 400 }, (_, n) => `cdn-edge-${String(n + 1).padStart(3, '0')}`));
    expect(edge.every((i) => i.osType === 'linux' && i.initialStatus === 'Running' && i.agentOnline && agentSupportsScheduleFeatures(i))).toBe(true);
    expect(hangzhou.slice(0, 80).some((i) => i.instanceName.startsWith('cdn-edge-'))).toBe(false);
  });

  it('names the hosts that fail on purpose: no deploy account on web-prod-213, a starved db-prod-07', () => {
    const all = [...store.instances.values()];
    expect(all.filter((i) => i.missingUsers.length > 0).map((i) => [i.instanceName, i.missingUsers])).toEqual([['web-prod-213', ['deploy']]]);
    expect(all.filter((i) => i.slowSeconds > 0).map((i) => [i.instanceName, i.slowSeconds])).toEqual([['db-prod-07', 90]]);
  });

  it('gives journey 1 exactly 212 eligible prod web servers and 2 Stopped ones', () => {
    const web = tagged('prod', 'web');
    const eligible = web.filter((i) => i.osType === 'linux' && i.networkType === 'vpc' && agentOnlineAt(i, now) && agentSupportsScheduleFeatures(i));
    expect([web.length, eligible.length, web.filter((i) => i.initialStatus === 'Stopped').length]).toEqual([214, 212, 2]);
  });

  it('mixes Linux and Windows, Running and Stopped, VPC and classic, agents online, offline, old and absent', () => {
    const count = (test: (i: (typeof shanghai)[number]) => boolean) => shanghai.filter(test).length;
    expect(count((i) => i.osType === 'windows')).toBeGreaterThanOrEqual(20);
    expect(count((i) => i.initialStatus === 'Stopped')).toBeGreaterThanOrEqual(10);
    expect(count((i) => i.networkType === 'classic')).toBeGreaterThanOrEqual(8);
    expect(count((i) => i.agentVersion !== '' && !i.agentOnline)).toBeGreaterThanOrEqual(5);
    expect(count((i) => i.agentVersion !== '' && !agentSupportsScheduleFeatures(i))).toBeGreaterThanOrEqual(10);
    expect(count((i) => i.agentVersion === '')).toBeGreaterThanOrEqual(4);
    expect(shanghai.filter((i) => i.diskFull).map((i) => i.instanceName)).toEqual(['web-prod-019', 'web-prod-064', 'web-prod-101', 'dev-15']);
  });

  it('is deterministic and index-stable: growing the region keeps the instances it had', () => {
    const again = new SandboxStore(DEFAULT_SEED, 360);
    expect(again.regionInstances('cn-shanghai').map((i) => i.instanceId)).toEqual(shanghai.map((i) => i.instanceId));
    const grown = new SandboxStore(DEFAULT_SEED, 1000).regionInstances('cn-shanghai');
    expect(grown.slice(0, 360).map((i) => i.instanceId)).toEqual(shanghai.map((i) => i.instanceId));
    expect(grown.slice(360).some((i) => i.tags.some((t) => t.value === 'prod') && i.tags.some((t) => t.value === 'web'))).toBe(false);
    const other = new SandboxStore(7, 360).regionInstances('cn-shanghai');
    expect(other[0]?.instanceId).not.toBe(shanghai[0]?.instanceId);
  });

  // How fast is measured in bench/sandbox.bench.ts, not asserted here.
  it('builds 10,000 instances with distinct addresses', () => {
    const big = new SandboxStore(DEFAULT_SEED, 10_000);
    expect(big.regionInstances('cn-shanghai')).toHaveLength(10_000);
    expect(new Set(big.regionInstances('cn-shanghai').map((i) => i.privateIp)).size).toBe(10_000);
  });
});
