// The type only: the picker and the form use these helpers, and zod stays out of the browser.
import type { InstanceFilter } from '@/lib/invoke/instance-filter-schema';

export type { InstanceFilter } from '@/lib/invoke/instance-filter-schema';

/**
 * An instance search kept instead of a list of IDs: a preset or a link that holds one picks,
 * each time it is opened, the eligible instances that match it then. It is the picker's
 * search box and its Status and OS filters (eligibility is always applied when resolving).
 */
export const OS_FILTERS = ['all', 'linux', 'windows'] as const;

/** Whether the filter narrows anything; one that matches every instance is not worth keeping. */
export function isNarrowing(filter: InstanceFilter): boolean {
  return filter.query.trim() !== '' || filter.status !== 'all' || filter.os !== 'all';
}

const OS_WORDS: Record<InstanceFilter['os'], string> = { all: '', linux: 'Linux', windows: 'Windows' };

/** The filter as one line: `env=prod role=web · Running · Linux`. */
export function describeInstanceFilter(filter: InstanceFilter): string {
  const parts = [filter.query.trim(), filter.status === 'all' ? '' : filter.status, OS_WORDS[filter.os]].filter(Boolean);
  return parts.length ? parts.join(' · ') : 'every instance';
}
