import { type CompiledQuery, tagHaystack } from '@/components/invoke/instance-picker/search-query';
import { type PickerInstance } from '@/components/invoke/instance-picker/types';

/**
 * Lower-cased haystacks, built once per instance so a keystroke only runs `includes` over
 * ready strings instead of lower-casing a dozen fields for each of 10,000 instances.
 */
export interface SearchEntry {
  /** ID, name, host name, IPs, OS, zone, type, "managed" and tags, separated by newlines. */
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
  // Newline-separated so a plain word cannot match across the end of one field and the
  // start of the next (a typed query never contains a newline).
  let text = `${instance.instanceId}\n${instance.name}\n${instance.hostName}\n${instance.privateIp}\n${instance.publicIp}`;
  text += `\n${instance.osName}\n${instance.zoneId}\n${instance.instanceType}`;
  // The badge's word, so typing "managed" finds the servers outside ECS.
  if (instance.kind === 'managed') text += '\nmanaged';
  for (const tag of instance.tags) text += `\n${tag.key}=${tag.value}`;
  return { text: text.toLowerCase(), tags: tagHaystack(instance.tags) };
}

export function matchesEntry(entry: SearchEntry, query: CompiledQuery): boolean {
  const { tags, text } = query;
  for (let i = 0; i < tags.length; i++) if (!entry.tags.includes(tags[i] ?? '')) return false;
  for (let i = 0; i < text.length; i++) if (!entry.text.includes(text[i] ?? '')) return false;
  return true;
}
