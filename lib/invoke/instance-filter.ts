import { z } from 'zod';

/**
 * An instance search kept instead of a list of IDs: a preset or a link that holds one picks,
 * each time it is opened, the eligible instances that match it then. It is the picker's
 * search box and its Status and OS filters (eligibility is always applied when resolving).
 */
export const OS_FILTERS = ['all', 'linux', 'windows'] as const;

export const instanceFilterSchema = z.object({
  query: z.string().max(500, 'Instance search: at most 500 characters.'),
  /** 'all' or a DescribeInstances status such as Running. */
  status: z.string().regex(/^(all|[A-Z][A-Za-z]{0,31})$/, 'Instance status filter: "all" or a status such as Running.'),
  os: z.enum(OS_FILTERS, { error: 'Instance OS filter: all, linux or windows.' }),
});

export type InstanceFilter = z.infer<typeof instanceFilterSchema>;

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
