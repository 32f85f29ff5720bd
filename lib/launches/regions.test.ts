import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { fixedRegions, type RegionGuard } from '@/lib/ecs/region-guard';

import { listRegionOptions } from './regions';

const guard = fixedRegions(['cn-hangzhou', 'cn-beijing']);
const NAMES = new Map([
  ['cn-hangzhou', 'China (Hangzhou)'],
  ['cn-beijing', 'China (Beijing)'],
]);
const unreachable = () => Promise.reject(new Error('InternalError.Dispatch: the request processing has failed'));

// The names are kept ECS_LIST_CACHE_MS (15 s): the clock is moved past it between reads.
beforeAll(() => vi.useFakeTimers({ toFake: ['Date'] }));
afterAll(() => vi.useRealTimers());

describe('the regions a page offers', () => {
  it('are the IDs alone while their names have never been read, not an error', async () => {
    expect(await listRegionOptions(guard, unreachable)).toEqual([
      { regionId: 'cn-hangzhou', localName: '' },
      { regionId: 'cn-beijing', localName: '' },
    ]);
  });

  it('keep the last names read when a later read fails', async () => {
    const read = vi.fn(() => Promise.resolve(NAMES));
    expect((await listRegionOptions(guard, read)).map((option) => option.localName)).toEqual(['China (Hangzhou)', 'China (Beijing)']);
    // Within the cache's time the names are not read again; past it, the read fails.
    expect((await listRegionOptions(guard, read)).map((option) => option.localName)).toEqual(['China (Hangzhou)', 'China (Beijing)']);
    expect(read).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    const failing = vi.fn(unreachable);
    expect((await listRegionOptions(guard, failing)).map((option) => option.localName)).toEqual(['China (Hangzhou)', 'China (Beijing)']);
    expect(failing).toHaveBeenCalledTimes(1);
  });

  it('fail when the regions themselves cannot be learnt', async () => {
    const unknown: RegionGuard = { regions: () => Promise.reject(new Error('DescribeRegions failed')), allows: () => Promise.resolve(false) };
    await expect(listRegionOptions(unknown, () => Promise.resolve(NAMES))).rejects.toThrow('DescribeRegions failed');
  });
});
