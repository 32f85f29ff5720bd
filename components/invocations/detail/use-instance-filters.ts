'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

import { type InstanceFilters, parseInstanceFilters, withInstanceFilters } from '@/lib/launches/instance-filters';

/** How long typing pauses before the search goes into the URL: one history entry per pause, not per key. */
const SEARCH_SETTLE_MS = 300;

/**
 * The instance table's filters, read from the URL and written back with `router.replace`, so
 * a copied link (and back or forward to this page) opens the same view. The search box
 * answers every key at once; the URL follows when typing pauses.
 */
export function useInstanceFilters() {
  const params = useSearchParams();
  const pathname = usePathname();
  const router = useRouter();
  const current = params.toString();
  // One object per URL, so what is derived from the filters is computed again only when they change.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `current` names the params' content
  const filters = useMemo(() => parseInstanceFilters(params), [current]);

  const update = useCallback(
    (changes: Partial<InstanceFilters>) => router.replace(`${pathname}${withInstanceFilters(current, changes)}`, { scroll: false }),
    [router, pathname, current],
  );

  const [search, setSearchText] = useState(filters.query);
  const sent = useRef(filters.query);
  // The URL changed from outside (back, forward, a link): the box shows what it says.
  useEffect(() => {
    if (filters.query !== sent.current) {
      sent.current = filters.query;
      setSearchText(filters.query);
    }
  }, [filters.query]);
  useEffect(() => {
    if (search === sent.current) return;
    const timer = setTimeout(() => {
      sent.current = search;
      update({ query: search });
    }, SEARCH_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [search, update]);

  return { filters, update, search, setSearch: setSearchText };
}
