// The type only: the picker and the form use these helpers, and zod stays out of the browser.
import type { InstanceFilter } from '@/lib/invoke/instance-filter-schema';

export type { InstanceFilter } from '@/lib/invoke/instance-filter-schema';

/**
 * An instance search kept instead of a list of IDs: a preset or a link that holds one picks,
 * each time it is opened, the eligible instances that match it then. It is the picker's
 * search box and its Status, OS and Kind filters (eligibility is always applied when resolving).
 */
export const OS_FILTERS = ['all', 'linux', 'windows'] as const;
/** ECS instances, managed instances (`mi-`, servers outside ECS), or both. */
export const KIND_FILTERS = ['all', 'ecs', 'managed'] as const;
export type KindFilter = (typeof KIND_FILTERS)[number];

/** Whether the filter narrows anything; one that matches every instance is not worth keeping. */
export function isNarrowing(filter: InstanceFilter): boolean {
  return filter.query.trim() !== '' || filter.status !== 'all' || filter.os !== 'all' || (filter.kind ?? 'all') !== 'all';
}

const OS_WORDS: Record<InstanceFilter['os'], string> = { all: '', linux: 'Linux', windows: 'Windows' };
const KIND_WORDS: Record<KindFilter, string> = { all: '', ecs: 'ECS instances', managed: 'Managed instances' };

/** The filter as one line: `env=prod role=web · Running · Linux · Managed instances`. */
export function describeInstanceFilter(filter: InstanceFilter): string {
  const parts = [filter.query.trim(), filter.status === 'all' ? '' : filter.status, OS_WORDS[filter.os], KIND_WORDS[filter.kind ?? 'all']].filter(Boolean);
  return parts.length ? parts.join(' · ') : 'every instance';
}
