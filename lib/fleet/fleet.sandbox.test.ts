import { afterAll, beforeAll, expect, it } from 'vitest';

import { findFleetRead, requestFleetRefresh } from '@/lib/db/fleet';
import { describeEachDatabase } from '@/lib/db/test-databases';
import { type Db } from '@/lib/db/client';
import { type EcsClient } from '@/lib/ecs';
import { startTestSandbox, type TestSandbox } from '@/lib/ecs/test-sandbox';

import { FleetRefresher } from './refresh';
import { readFleetPage } from './snapshot';
import { fleetCursorSchema, type FleetCursor } from './cursor';
import { FLEET_FIRST_PAGE_SIZE, type FleetInstance, type FleetPage } from './types';

/**
 * The fleet snapshot against the real sandbox over HTTP, on SQLite and PostgreSQL: replicas
 * racing read a region once, reads keep their pace whoever asks, and the picker's pages come
 * from the database without a call to ECS.
 */
const REGION = 'cn-shanghai';
const PACE = { intervalMs: 60_000, minIntervalMs: 10_000, viewedWithinMs: 600_000 };

let t: TestSandbox;
let ecs: EcsClient;
/** The refreshers' clock, moved by hand. */
let clock = Date.parse('2026-12-07T10:00:00Z');

beforeAll(async () => {
  t = await startTestSandbox();
  ecs = t.client({ maxAttempts: 1 });
});

afterAll(async () => {
  await t.close();
});

function replica(db: Db, owner: string, always: string[] = [REGION]): FleetRefresher {
  return new FleetRefresher({ db, ecs, owner, pace: PACE, alwaysRegions: () => Promise.resolve(always), classicNetwork: 'refuse', now: () => new Date(clock) });
}

/** Every page of the region's snapshot, as the picker takes them. */
async function allPages(db: Db, region: string, pageSize: number): Promise<FleetInstance[]> {
  const instances: FleetInstance[] = [];
  let cursor: FleetCursor | null = null;
  do {
    const page: FleetPage = await readFleetPage(db, region, cursor, { pageSize, now: () => new Date(clock) });
    instances.push(...page.instances);
    cursor = page.nextToken ? fleetCursorSchema.parse(page.nextToken) : null;
  } while (cursor);
  return instances;
}

const describeInstancesCalls = async () => (await t.requests('DescribeInstances')).length;

describeEachDatabase('the fleet snapshot', (db) => {
  it('two replicas racing (each ticking twice at once): one takes the lease and reads the region once; the others read nothing', async () => {
    await t.forget();
    const [a, b] = [replica(db(), 'replica-a'), replica(db(), 'replica-b')];
    const reads = await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
    expect(reads.reduce((sum, n) => sum + n, 0)).toBe(1);
    const record = await findFleetRead(db(), REGION);
    expect(record?.read_by).toMatch(/^replica-[ab]$/);
    const ecsCount = (await allPages(db(), REGION, 1_000)).filter((instance) => instance.kind === 'ecs').length;
    expect(ecsCount).toBeGreaterThan(100);
    // One read: each DescribeInstances page asked for once, managed instances listed once from the start.
    expect(await describeInstancesCalls()).toBe(Math.ceil(ecsCount / 100));
    expect((await t.requests('DescribeManagedInstances')).filter((call) => !call.params.NextToken)).toHaveLength(1);
  });

  it('answers the picker from the database: every instance once, in stable pages, without a call to ECS', async () => {
    await t.forget();
    const record = await findFleetRead(db(), REGION);
    const instances = await allPages(db(), REGION, 70);
    expect(instances).toHaveLength(record?.instance_count ?? -1);
    expect(new Set(instances.map((instance) => instance.instanceId)).size).toBe(instances.length);
    expect(instances.some((instance) => instance.kind === 'managed')).toBe(true);
    expect(await t.requests()).toEqual([]);
    const first = await readFleetPage(db(), REGION, null, { now: () => new Date(clock) });
    expect(first).toMatchObject({ readAt: record?.read_at, refreshing: false, lastError: null, totalCount: instances.length });
    // A small first page for the first rows at once, then large ones.
    expect(first.instances).toEqual(instances.slice(0, FLEET_FIRST_PAGE_SIZE));
    const second = fleetCursorSchema.parse(first.nextToken);
    expect((await readFleetPage(db(), REGION, second)).instances).toEqual(instances.slice(FLEET_FIRST_PAGE_SIZE, FLEET_FIRST_PAGE_SIZE + 1_000));
    // The fleet read in the order DescribeInstances gives it, ECS instances before managed ones.
    expect(instances.findIndex((instance) => instance.kind === 'managed')).toBe(instances.filter((instance) => instance.kind !== 'managed').length);
  });

  it('keeps its pace: a watched region is read again after the interval, a request waits out the minimum interval', async () => {
    const refresher = replica(db(), 'replica-a');
    const started = Date.parse((await findFleetRead(db(), REGION))?.started_at ?? '');
    await t.forget();
    clock = started + 5_000;
    await requestFleetRefresh(db(), REGION, new Date(clock));
    expect((await readFleetPage(db(), REGION, null, { now: () => new Date(clock) })).refreshing).toBe(true);
    expect(await refresher.tick()).toBe(0);
    expect(await describeInstancesCalls()).toBe(0);
    clock = started + PACE.minIntervalMs;
    expect(await refresher.tick()).toBe(1);
    expect(await refresher.tick()).toBe(0);
    const afterRequest = clock;
    clock = afterRequest + PACE.intervalMs - 1;
    expect(await refresher.tick()).toBe(0);
    clock = afterRequest + PACE.intervalMs;
    expect(await refresher.tick()).toBe(1);
    expect((await readFleetPage(db(), REGION, null, { now: () => new Date(clock) })).refreshing).toBe(false);
  });

  it('a region nobody watches is not read; its first view waits for its first read', async () => {
    const refresher = replica(db(), 'replica-a');
    await t.forget();
    expect(await refresher.tick()).toBe(0);
    const page = await readFleetPage(db(), 'cn-hangzhou', null, { refresher, now: () => new Date(clock) });
    expect(page.instances.length).toBeGreaterThan(0);
    expect(page.readAt).not.toBeNull();
    expect((await t.requests('DescribeInstances')).every((call) => call.params.RegionId === 'cn-hangzhou')).toBe(true);
    // Viewed now, so kept fresh from here on.
    clock += PACE.intervalMs;
    expect(await refresher.tick()).toBe(2);
  });

  it('a page token stays good across a read that finds the same fleet, and is refused after one that changed it', async () => {
    const first = await readFleetPage(db(), REGION, null, { pageSize: 50, now: () => new Date(clock) });
    const next = fleetCursorSchema.parse(first.nextToken);
    clock += PACE.intervalMs;
    expect(await replica(db(), 'replica-b').refreshRegion(REGION)).toBe(true);
    expect((await readFleetPage(db(), REGION, next, { pageSize: 50 })).instances).toHaveLength(50);

    const stopped = first.instances[0]?.instanceId ?? '';
    await t.control('POST', `/_sandbox/instances/${stopped}/power`, { action: 'stop' });
    try {
      clock += PACE.intervalMs;
      expect(await replica(db(), 'replica-b').refreshRegion(REGION)).toBe(true);
      await expect(readFleetPage(db(), REGION, next)).rejects.toMatchObject({ code: 'FLEET_CHANGED', status: 409 });
      const fresh = await readFleetPage(db(), REGION, null, { pageSize: 50, now: () => new Date(clock) });
      expect(fresh.instances[0]).toMatchObject({ instanceId: stopped, status: 'Stopping' });
    } finally {
      await t.control('POST', '/_sandbox/clock', { advance: '2m' });
      await t.control('POST', `/_sandbox/instances/${stopped}/power`, { action: 'start' });
      await t.control('POST', '/_sandbox/clock', { advance: '2m' });
    }
  });

  it('a first read slower than the wait answers at once, empty and refreshing; the read goes on and lands', async () => {
    const refresher = replica(db(), 'replica-a');
    await t.faults({ DescribeInstances: { latencyMs: 1_500 } });
    try {
      const early = await readFleetPage(db(), 'cn-beijing', null, { refresher, firstReadWaitMs: 300, now: () => new Date(clock) });
      expect(early).toMatchObject({ instances: [], readAt: null, refreshing: true, totalCount: null });
      await expect.poll(async () => (await findFleetRead(db(), 'cn-beijing'))?.read_at ?? null, { timeout: 30_000 }).not.toBeNull();
      expect((await readFleetPage(db(), 'cn-beijing', null, { refresher, now: () => new Date(clock) })).instances.length).toBeGreaterThan(0);
    } finally {
      await t.faults({});
    }
  });

  it('a failed read keeps the last snapshot and says what went wrong, with its time', async () => {
    const refresher = replica(db(), 'replica-a');
    const before = await allPages(db(), REGION, 1_000);
    await t.faults({ DescribeInstances: { next: ['internalError'] } });
    try {
      clock += 1_000;
      await requestFleetRefresh(db(), REGION, new Date(clock));
      clock += PACE.minIntervalMs;
      expect(await refresher.refreshRegion(REGION)).toBe(true);
      const page = await readFleetPage(db(), REGION, null, { now: () => new Date(clock) });
      expect(page.lastError).toMatchObject({ code: 'InternalError.Dispatch', at: new Date(clock).toISOString() });
      expect(page.instances.length).toBe(Math.min(before.length, FLEET_FIRST_PAGE_SIZE));
      expect(await allPages(db(), REGION, 1_000)).toEqual(before);
    } finally {
      await t.faults({});
    }
  });
});
