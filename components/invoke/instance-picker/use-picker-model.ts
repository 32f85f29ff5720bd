import { useDeferredValue, useMemo, useState } from 'react';

import { hasFilters, kindCounts, NO_FILTERS, type PickerFilters, statusCounts } from '@/components/invoke/instance-picker/filter';
import { buildSearchIndex } from '@/components/invoke/instance-picker/search-index';
import { compileQuery, isEmptyQuery } from '@/components/invoke/instance-picker/search-query';
import { createSearcher } from '@/components/invoke/instance-picker/searcher';
import { createStableInstances } from '@/components/invoke/instance-picker/stable-instances';
import { type IsEligible, selectionProblems } from '@/components/invoke/instance-picker/selection';
import { suggestTags } from '@/components/invoke/instance-picker/suggest';
import { type InstancePickerProps, type PickerSearch } from '@/components/invoke/instance-picker/types';
import { cachedEligibility } from '@/components/invoke/instance-picker/verdict-cache';

type ModelInput = Pick<InstancePickerProps, 'instances' | 'eligibility' | 'selected' | 'loading' | 'initialSearch' | 'onSearchChange'>;

/**
 * Everything the picker derives from its props and its search state, memoised so a
 * keystroke re-runs only the search and a new page of instances only indexes that page.
 */
export function usePickerModel({ instances: given, eligibility, selected, loading, initialSearch, onSearchChange }: ModelInput) {
  const [query, setQueryState] = useState(initialSearch?.query ?? '');
  const [filters, setFiltersState] = useState<PickerFilters>(initialSearch?.filters ?? NO_FILTERS);
  const setSearch = (next: PickerSearch) => {
    setQueryState(next.query);
    setFiltersState(next.filters);
    onSearchChange?.(next);
  };
  const setQuery = (next: string) => setSearch({ query: next, filters });
  const setFilters = (next: PickerFilters) => setSearch({ query, filters: next });
  // "Selected only": what was selected when it was turned on, plus anything selected since, so
  // a row unticked in this view stays put instead of vanishing from under the keyboard.
  const [selectedOnly, setSelectedOnlyState] = useState<ReadonlySet<string> | null>(null);
  const setSelectedOnly = (on: boolean) => setSelectedOnlyState(on ? new Set(selected) : null);
  // Typing stays immediate; the list catches up in a background render.
  const deferredQuery = useDeferredValue(query);
  const compiled = useMemo(() => compileQuery(deferredQuery), [deferredQuery]);

  // The same objects across a reload of the fleet with nothing changed, so the caches below hold.
  const [stable] = useState(createStableInstances);
  const instances = useMemo(() => stable(given), [stable, given]);
  const entries = useMemo(() => buildSearchIndex(instances), [instances]);
  const verdictOf = useMemo(() => cachedEligibility(eligibility), [eligibility]);
  const verdicts = useMemo(() => instances.map(verdictOf), [instances, verdictOf]);
  const eligibleFlags = useMemo(() => verdicts.map((verdict) => verdict.eligible), [verdicts]);
  const positionById = useMemo(() => new Map(instances.map((instance, index) => [instance.instanceId, index])), [instances]);
  const statuses = useMemo(() => statusCounts(instances), [instances]);
  const kinds = useMemo(() => kindCounts(instances), [instances]);

  const searcher = useMemo(() => createSearcher(instances, entries, eligibleFlags, filters), [instances, entries, eligibleFlags, filters]);
  const selectedSet = useMemo(() => new Set(selected), [selected]);
  const matches = useMemo(() => {
    const found = searcher.search(compiled);
    if (selectedOnly === null) return found;
    return found.filter((index) => {
      const id = instances[index]?.instanceId ?? '';
      return selectedOnly.has(id) || selectedSet.has(id);
    });
  }, [searcher, compiled, selectedOnly, selectedSet, instances]);
  const matchIds = useMemo(() => matches.map((index) => instances[index]?.instanceId ?? ''), [matches, instances]);

  const counts = useMemo(() => {
    let eligibleMatches = 0;
    let selectedMatches = 0;
    for (const index of matches) {
      if (eligibleFlags[index]) eligibleMatches++;
      if (selectedSet.has(instances[index]?.instanceId ?? '')) selectedMatches++;
    }
    return { matches: matches.length, eligibleMatches, selectedMatches, selected: selected.length };
  }, [matches, eligibleFlags, selectedSet, instances, selected.length]);

  const isEligible: IsEligible = (instanceId) => eligibleFlags[positionById.get(instanceId) ?? -1] === true;
  const verdictById = (instanceId: string) => verdicts[positionById.get(instanceId) ?? -1];

  const problems = useMemo(() => {
    const found = selectionProblems(selected, (instanceId) => {
      const verdict = verdicts[positionById.get(instanceId) ?? -1];
      if (!verdict) return undefined;
      return verdict.eligible ? null : verdict.reason;
    });
    // While pages are still arriving, an unlisted ID may simply be on a later page.
    return loading ? { ...found, missing: [] } : found;
  }, [selected, verdicts, positionById, loading]);

  const suggestion = useMemo(
    () => (matches.length === 0 && instances.length > 0 ? suggestTags(instances, entries, compiled.tokens) : null),
    [matches.length, instances, entries, compiled.tokens],
  );

  return {
    query,
    setQuery,
    filters,
    setFilters,
    setSearch,
    /** The query and filters narrow the list (the shown results may lag the typed query). */
    narrowed: !isEmptyQuery(compiled) || hasFilters(filters) || selectedOnly !== null,
    selectedOnly: selectedOnly !== null,
    setSelectedOnly,
    /** Names the search the list shows, to tell whether it changed. */
    searchKey: JSON.stringify([deferredQuery, filters, selectedOnly !== null]),
    searching: query !== deferredQuery,
    tokens: compiled.tokens,
    verdicts,
    statuses,
    kinds,
    matches,
    matchIds,
    selectedSet,
    counts,
    isEligible,
    verdictById,
    problems,
    suggestion,
  };
}

export type PickerModel = ReturnType<typeof usePickerModel>;
