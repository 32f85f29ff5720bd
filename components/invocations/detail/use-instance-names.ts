'use client';

import { type QueryObserverResult, useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';

import { getJson } from '@/components/invoke/use-launch-data';

/** IDs per names request: one DescribeInstances page. */
const CHUNK = 100;

export interface InstanceHost {
  name: string;
  addresses: readonly string[];
}

export type NamesAnswer = { names: Record<string, string>; addresses?: Record<string, string[]> };

/**
 * Instance names and IP addresses, asked for in chunks of 100 and kept for the page's life (a
 * name seldom changes while a page is open). The chunks are cut from every instance of the
 * table, so a chunk is the same request whichever rows are on screen; only chunks holding a
 * `wanted` row are asked for, or all of them when a search needs every name. Rows render with
 * IDs until names arrive.
 */
export function useInstanceHosts(region: string, instanceIds: readonly string[], wanted: readonly string[] | 'all'): ReadonlyMap<string, InstanceHost> {
  // Sorted once per list of IDs, not on every poll of a launch of thousands.
  const chunks = useMemo(() => nameChunks(instanceIds), [instanceIds]);
  const wantedSet = useMemo(() => (wanted === 'all' ? null : new Set(wanted)), [wanted]);
  return useQueries({
    queries: chunks.map((ids) => ({
      queryKey: ['instance-names', region, ids.join(',')],
      queryFn: ({ signal }: { signal: AbortSignal }) => getJson<NamesAnswer>(`/api/ecs/instance-names?region=${encodeURIComponent(region)}&ids=${ids.join(',')}`, signal),
      enabled: wantedSet === null || ids.some((id) => wantedSet.has(id)),
      staleTime: Infinity,
      retry: 1,
    })),
    combine: hostsOf,
  });
}

/** The IDs, each once, sorted and cut into requests: the same chunks whatever order the rows are in. */
export function nameChunks(instanceIds: readonly string[]): string[][] {
  const sorted = [...new Set(instanceIds)].sort();
  const chunks: string[][] = [];
  for (let start = 0; start < sorted.length; start += CHUNK) chunks.push(sorted.slice(start, start + CHUNK));
  return chunks;
}

/** Stable (module level), so react-query builds the map again only when an answer changed. */
export function hostsOf(results: readonly QueryObserverResult<NamesAnswer>[]): ReadonlyMap<string, InstanceHost> {
  const hosts = new Map<string, InstanceHost>();
  for (const result of results) {
    for (const [id, name] of Object.entries(result.data?.names ?? {})) hosts.set(id, { name, addresses: result.data?.addresses?.[id] ?? [] });
  }
  return hosts;
}
