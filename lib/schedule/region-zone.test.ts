import { describe, expect, it } from 'vitest';

import { builderTimeZones, exactTimeZone, isBuilderTimeZone, filterTimeZones, regionTimeZone, suggestedTimeZones } from '@/lib/schedule';

const ZONES = builderTimeZones();

describe('regionTimeZone', () => {
  it('gives every mainland region Beijing time and the others their city', () => {
    for (const region of ['cn-shanghai', 'cn-hangzhou', 'cn-beijing', 'cn-nanjing', 'cn-wulanchabu']) expect(regionTimeZone(region)).toBe('Asia/Shanghai');
    expect(regionTimeZone('cn-hongkong')).toBe('Asia/Hong_Kong');
    expect(regionTimeZone('ap-southeast-1')).toBe('Asia/Singapore');
    expect(regionTimeZone('eu-central-1')).toBe('Europe/Berlin');
    expect(regionTimeZone('us-west-1')).toBe('America/Los_Angeles');
    expect(regionTimeZone('xx-nowhere-9')).toBeNull();
  });

  it('names only zones the builder can write', () => {
    for (const region of ['cn-shanghai', 'cn-hongkong', 'ap-northeast-1', 'ap-south-1', 'us-east-1', 'me-central-1']) {
      expect(isBuilderTimeZone(regionTimeZone(region) ?? '')).toBe(true);
    }
  });
});

describe('suggestedTimeZones', () => {
  it("puts the region's zone first, then the viewer's, then UTC", () => {
    expect(suggestedTimeZones({ regionId: 'ap-southeast-1', viewerZone: 'Europe/Berlin' })).toEqual([
      { zone: 'Asia/Singapore', reason: 'region ap-southeast-1' },
      { zone: 'Europe/Berlin', reason: 'your time zone' },
      { zone: 'UTC', reason: 'no daylight saving' },
    ]);
  });

  it('lists a zone once when the viewer is in the region', () => {
    const zones = suggestedTimeZones({ regionId: 'cn-shanghai', viewerZone: 'Asia/Shanghai' }).map((item) => item.zone);
    expect(zones).toEqual(['Asia/Shanghai', 'UTC']);
  });

  it('leaves out a region it does not know and a zone that is not one', () => {
    const zones = suggestedTimeZones({ regionId: 'xx-nowhere-9', viewerZone: 'Etc/Unknown' }).map((item) => item.zone);
    expect(zones).toEqual(['UTC']);
  });
});

describe('filterTimeZones', () => {
  it('finds a zone by any part of its name, spaces for underscores, any case', () => {
    expect(filterTimeZones(ZONES, 'new york')).toEqual(['America/New_York']);
    expect(filterTimeZones(ZONES, 'SHANG')).toEqual(['Asia/Shanghai']);
    expect(filterTimeZones(ZONES, 'asia/sing')).toEqual(['Asia/Singapore']);
    expect(filterTimeZones(ZONES, '  ')).toHaveLength(ZONES.length);
    expect(filterTimeZones(ZONES, 'mars')).toEqual([]);
  });

  it('reads a typed zone exactly, whatever its case', () => {
    expect(exactTimeZone(ZONES, 'asia/shanghai')).toBe('Asia/Shanghai');
    expect(exactTimeZone(ZONES, 'America/New York')).toBe('America/New_York');
    expect(exactTimeZone(ZONES, 'Asia/Shang')).toBeNull();
  });
});
