import { type CompiledQuery, tagHaystack } from '@/components/invoke/instance-picker/search-query';
import { type PickerInstance } from '@/components/invoke/instance-picker/types';

/**
 * Lower-cased haystacks, built once per instance so a keystroke only runs `includes` over
 * ready strings instead of lower-casing a dozen fields for each of 10,000 instances.
 */
export interface SearchEntry {
  /** ID, name, host name, IPs, OS, zone, type and tags, separated by newlines. */
  text: string;
  /** See `tagHaystack`. */
  tags: string;
}

// Keyed by the instance object: while DescribeInstances pages arrive the array grows, and
// only the new page's instances need building.
const cache = new WeakMap<PickerInstance, SearchEntry>();

export function searchEntry(instance: PickerInstance): SearchEntry {
  const cached = cache.get(instance);
  if (cached) return cached;
  const entry = buildEntry(instance);
  cache.set(instance, entry);
  return entry;
}

export function buildSearchIndex(instances: readonly PickerInstance[]): SearchEntry[] {
  return instances.map(searchEntry);
}

function buildEntry(instance: PickerInstance): SearchEntry {
  const fields = [
    instance.instanceId,
    instance.name,
    instance.hostName,
    instance.privateIp,
    instance.publicIp,
    instance.osName,
    instance.zoneId,
    instance.instanceType,
  ];
  for (const tag of instance.tags) fields.push(`${tag.key}=${tag.value}`);
  // Newline-separated so a plain word cannot match across the end of one field and the
  // start of the next (a typed query never contains a newline).
  return { text: fields.join('\n').toLowerCase(), tags: tagHaystack(instance.tags) };
}

export function matchesEntry(entry: SearchEntry, query: CompiledQuery): boolean {
  for (const needle of query.tags) if (!entry.tags.includes(needle)) return false;
  for (const needle of query.text) if (!entry.text.includes(needle)) return false;
  return true;
}
