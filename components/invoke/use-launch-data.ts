'use client';

import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';

import { type QuotaAnswer } from '@/lib/invoke/limits';

import { type PickerInstance } from './instance-picker';
import { type PickerCommand } from './command-picker';

/** GET one of our JSON routes; a failure becomes an Error carrying the server's message. */
export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  const body = (await response.json().catch(() => null)) as { ok: true; data: T } | { ok: false; code?: string; message?: string } | null;
  if (!body) throw new Error(`The server answered ${response.status} without a body.`);
  if (!body.ok) throw new Error(body.code && body.code !== 'INTERNAL' ? `${body.code}: ${body.message ?? ''}` : body.message ?? 'Request failed.');
  return body.data;
}

export function useCommands(region: string) {
  return useQuery({
    queryKey: ['commands', region],
    queryFn: ({ signal }) => getJson<{ commands: PickerCommand[]; truncated: boolean }>(`/api/ecs/commands?region=${encodeURIComponent(region)}`, signal),
    enabled: region !== '',
  });
}

interface InstancePage {
  instances: PickerInstance[];
  nextToken: string | null;
  totalCount: number | null;
}

/**
 * Every instance of the region, page by page (DescribeInstances pages hold 100): the picker
 * shows the first page at once and a progress bar while the rest arrive.
 */
export function useAllInstances(region: string) {
  const query = useInfiniteQuery({
    queryKey: ['instances', region],
    queryFn: ({ pageParam, signal }) =>
      getJson<InstancePage>(`/api/ecs/instances?region=${encodeURIComponent(region)}${pageParam ? `&nextToken=${encodeURIComponent(pageParam)}` : ''}`, signal),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextToken ?? undefined,
    enabled: region !== '',
    staleTime: 60_000,
  });
  const { hasNextPage, isFetchingNextPage, fetchNextPage, isError } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage, isError]);

  // One array per arriving page, not per render: the picker indexes it by identity.
  const instances = useMemo(() => (query.data?.pages ?? []).flatMap((page) => page.instances), [query.data]);
  const total = query.data?.pages[0]?.totalCount ?? null;
  const loading = query.isPending || hasNextPage ? { loaded: instances.length, total } : null;
  return { instances, loading, error: query.error ? query.error.message : undefined, refetch: query.refetch };
}

export function useQuota(region: string) {
  return useQuery({
    queryKey: ['quota', region],
    queryFn: ({ signal }) => getJson<QuotaAnswer>(`/api/quota?region=${encodeURIComponent(region)}`, signal),
    enabled: region !== '',
    staleTime: 10_000,
  });
}
