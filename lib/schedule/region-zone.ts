import { isBuilderTimeZone } from '@/lib/schedule/builder';

/**
 * The time zone an Alibaba Cloud region's operators most likely mean, offered first in the
 * schedule builder's zone list. Every mainland `cn-` region keeps Beijing time.
 */
const REGION_ZONES: Readonly<Record<string, string>> = {
  'cn-hongkong': 'Asia/Hong_Kong',
  'ap-northeast-1': 'Asia/Tokyo',
  'ap-northeast-2': 'Asia/Seoul',
  'ap-southeast-1': 'Asia/Singapore',
  'ap-southeast-2': 'Australia/Sydney',
  'ap-southeast-3': 'Asia/Kuala_Lumpur',
  'ap-southeast-5': 'Asia/Jakarta',
  'ap-southeast-6': 'Asia/Manila',
  'ap-southeast-7': 'Asia/Bangkok',
  'ap-south-1': 'Asia/Kolkata',
  'us-east-1': 'America/New_York',
  'us-west-1': 'America/Los_Angeles',
  'na-south-1': 'America/Mexico_City',
  'eu-west-1': 'Europe/London',
  'eu-central-1': 'Europe/Berlin',
  'me-east-1': 'Asia/Dubai',
  'me-central-1': 'Asia/Riyadh',
};

/** The region's zone (cn-shanghai → Asia/Shanghai), or null for a region we do not know. */
export function regionTimeZone(regionId: string): string | null {
  const known = REGION_ZONES[regionId];
  if (known) return known;
  return regionId.startsWith('cn-') ? 'Asia/Shanghai' : null;
}

export interface ZoneSuggestion {
  zone: string;
  /** Why it is offered first: "cn-shanghai", "your time zone". */
  reason: string;
}

/**
 * The zones worth a place above the full list, most likely first: the region's, the
 * viewer's, then UTC; each once, and only zones the builder can write. (The runtime's list
 * may spell a zone by an older alias, Asia/Calcutta for Asia/Kolkata, so it is not the test.)
 */
export function suggestedTimeZones({ regionId, viewerZone }: { regionId: string; viewerZone: string }): ZoneSuggestion[] {
  const candidates: ZoneSuggestion[] = [];
  const region = regionId ? regionTimeZone(regionId) : null;
  if (region) candidates.push({ zone: region, reason: `region ${regionId}` });
  candidates.push({ zone: viewerZone, reason: 'your time zone' });
  candidates.push({ zone: 'UTC', reason: 'no daylight saving' });
  const seen = new Set<string>();
  return candidates.filter(({ zone }) => isBuilderTimeZone(zone) && !seen.has(zone) && Boolean(seen.add(zone)));
}

/** What is typed, compared loosely: case, spaces for underscores, and either slash side. */
function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/[_\s]+/g, ' ');
}

/**
 * The zones matching a typed search, in list order: "new york", "shang" and "asia/sh" all
 * find theirs. An empty search matches every zone.
 */
export function filterTimeZones(zones: readonly string[], query: string): string[] {
  const needle = normalise(query);
  if (needle === '') return [...zones];
  return zones.filter((zone) => normalise(zone).includes(needle));
}

/** The zone a typed text names exactly (any case), or null. */
export function exactTimeZone(zones: readonly string[], text: string): string | null {
  const needle = normalise(text);
  return zones.find((zone) => normalise(zone) === needle) ?? null;
}
