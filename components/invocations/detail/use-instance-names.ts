'use client';

import { useQueries } from '@tanstack/react-query';

import { getJson } from '@/components/invoke/use-launch-data';

/** IDs per names request: one DescribeInstances page. */
const CHUNK = 100;

/**
 * Instance names for the rows on screen, asked for in chunks of 100 and kept for the page's
 * life (a name seldom changes while a page is open). Rows render with IDs until names arrive.
 */
export function useInstanceNames(region: string, instanceIds: readonly string[]): ReadonlyMap<string, string> {
  const sorted = [...new Set(instanceIds)].sort();
  const chunks: string[][] = [];
  for (let start = 0; start < sorted.length; start += CHUNK) chunks.push(sorted.slice(start, start + CHUNK));
  const results = useQueries({
    queries: chunks.map((ids) => ({
      queryKey: ['instance-names', region, ids.join(',')],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        getJson<{ names: Record<string, string> }>(`/api/ecs/instance-names?region=${encodeURIComponent(region)}&ids=${ids.join(',')}`, signal),
      staleTime: Infinity,
      retry: 1,
    })),
  });
  const names = new Map<string, string>();
  for (const result of results) for (const [id, name] of Object.entries(result.data?.names ?? {})) names.set(id, name);
  return names;
}
