import { filterInstances, type PickerFilters } from '@/components/invoke/instance-picker/filter';
import { type SearchEntry } from '@/components/invoke/instance-picker/search-index';
import { type CompiledQuery, TAG_EDGE } from '@/components/invoke/instance-picker/search-query';
import { type PickerInstance } from '@/components/invoke/instance-picker/types';

/**
 * Filtering as the operator types. A keystroke usually narrows the query ("env" → "env=" →
 * "env=p"), and whatever matches the longer query matched the shorter one too, so the
 * searcher then looks only at the previous matches instead of every instance.
 */
export interface Searcher {
  search: (query: CompiledQuery) => number[];
}

/** One searcher per instances array, eligibility and filters; a change of any starts afresh. */
export function createSearcher(
  instances: readonly PickerInstance[],
  entries: readonly SearchEntry[],
  eligible: readonly boolean[],
  filters: PickerFilters,
): Searcher {
  let last: { query: CompiledQuery; matches: number[] } | null = null;
  return {
    search(query) {
      if (last && last.query === query) return last.matches;
      const candidates = last && narrows(query, last.query) ? last.matches : undefined;
      const matches = filterInstances(instances, entries, eligible, query, filters, candidates);
      last = { query, matches };
      return matches;
    },
  };
}

/**
 * True when every instance matching `next` also matches `previous`: each of the previous
 * needles sits inside one of the next ones (a haystack holding the longer needle holds the
 * shorter). A tag needle also implies text, since the text haystack holds "key=value" too.
 */
export function narrows(next: CompiledQuery, previous: CompiledQuery): boolean {
  const tagText = next.tags.map(stripEdges);
  return (
    previous.tags.every((needle) => next.tags.some((candidate) => candidate.includes(needle))) &&
    previous.text.every((needle) => next.text.some((candidate) => candidate.includes(needle)) || tagText.some((candidate) => candidate.includes(needle)))
  );
}

function stripEdges(needle: string): string {
  return needle.split(TAG_EDGE).join('');
}
