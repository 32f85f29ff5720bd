'use client';

import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';

import { type FleetPage, type FleetReadState } from '@/lib/fleet/types';
import type { LaunchFormData } from '@/lib/invoke/form-data';
import { type QuotaAnswer } from '@/lib/invoke/limits';

import { type PickerFleet } from './instance-picker/fleet-freshness';

/** GET one of our JSON routes; a failure becomes an Error carrying the server's message. */
export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  const body = (await response.json().catch(() => null)) as { ok: true; data: T } | { ok: false; code?: string; message?: string } | null;
  if (!body) throw new Error(`The server answered ${response.status} without a body.`);
  if (!body.ok) throw new Error(body.code && body.code !== 'INTERNAL' ? `${body.code}: ${body.message ?? ''}` : body.message ?? 'Request failed.');
  return body.data;
}

/** What the page read for the form's first region, for that region only: another one is asked for. */
function seeded<K extends 'commands' | 'quota' | 'instances'>(initial: LaunchFormData | undefined, region: string, part: K): LaunchFormData[K] {
  return initial?.regionId === region ? initial[part] : undefined;
}

export function useCommands(region: string, initial?: LaunchFormData) {
  const commands = seeded(initial, region, 'commands');
  return useQuery({
    queryKey: ['commands', region],
    queryFn: ({ signal }) => getJson<NonNullable<LaunchFormData['commands']>>(`/api/ecs/commands?region=${encodeURIComponent(region)}`, signal),
    enabled: region !== '',
    // The server keeps a region's list for ECS_LIST_CACHE_MS (15 s): asking sooner brings the same list.
    staleTime: 15_000,
    ...(commands && { initialData: commands }),
  });
}

/**
 * Every instance of the region from its fleet snapshot, page by page (100, then 1,000 a page): the
 * picker shows the first page at once and a progress bar while the rest arrive, and says how
 * fresh the snapshot is (`fleet`), fetching the pages again when a newer read lands.
 */
export function useAllInstances(region: string, initial?: LaunchFormData) {
  const firstPage = seeded(initial, region, 'instances');
  const query = useInfiniteQuery({
    queryKey: ['instances', region],
    queryFn: ({ pageParam, signal }) =>
      getJson<FleetPage>(`/api/ecs/instances?region=${encodeURIComponent(region)}${pageParam ? `&nextToken=${encodeURIComponent(pageParam)}` : ''}`, signal),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextToken ?? undefined,
    enabled: region !== '',
    staleTime: 60_000,
    // A stale page token fails the same way every time: start over at once instead (below).
    retry: (failures, failure) => !failure.message.startsWith('FLEET_CHANGED') && failures < 2,
    ...(firstPage && { initialData: { pages: [firstPage], pageParams: [''] } }),
  });
  const { hasNextPage, isFetchingNextPage, fetchNextPage, isError, error, refetch } = query;
  // The fleet changed under a list half loaded: load it again from its first page, not stitched from two reads.
  const restart = isError && error.message.startsWith('FLEET_CHANGED');
  useEffect(() => {
    if (restart) void refetch();
    else if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [restart, refetch, hasNextPage, isFetchingNextPage, fetchNextPage, isError]);

  // One array per arriving page, not per render: the picker indexes it by identity.
  const instances = useMemo(() => (query.data?.pages ?? []).flatMap((page) => page.instances), [query.data]);
  const total = query.data?.pages[0]?.totalCount ?? null;
  const first = query.data?.pages[0];
  // A region never read answers empty while its first read runs: that is loading, not "no instances".
  const firstRead = first !== undefined && first.readAt === null && first.refreshing;
  const loading = query.isPending || hasNextPage || firstRead ? { loaded: instances.length, total } : null;

  const onNewRead = useCallback(() => void refetch(), [refetch]);
  const fleet = useFleetFreshness(region, first ? { state: first, at: query.dataUpdatedAt } : undefined, onNewRead);
  // Never read yet and the first read failed: that is the list's error, not a footnote.
  const unread = first && first.readAt === null && first.lastError ? `${first.lastError.code}: ${first.lastError.message}` : undefined;
  return { instances, loading: restart ? { loaded: instances.length, total } : loading, error: query.error && !restart ? query.error.message : unread, refetch, fleet };
}

export function useQuota(region: string, initial?: LaunchFormData) {
  const quota = seeded(initial, region, 'quota');
  return useQuery({
    queryKey: ['quota', region],
    queryFn: ({ signal }) => getJson<QuotaAnswer>(`/api/quota?region=${encodeURIComponent(region)}`, signal),
    enabled: region !== '',
    staleTime: 10_000,
    ...(quota && { initialData: quota }),
  });
}

/** Asked this often while a read runs: a read of a large region takes a while, and this only reads a row. */
const POLL_MS = 1_500;
/** Asked this often otherwise, while the page is in view (react-query pauses it in a hidden tab). */
const FOLLOW_MS = 15_000;

async function askForRead(region: string): Promise<FleetReadState> {
  const response = await fetch(`/api/ecs/instances/refresh?region=${encodeURIComponent(region)}`, { method: 'POST', headers: { Accept: 'application/json' } });
  const body = (await response.json().catch(() => null)) as { ok: true; data: FleetReadState } | { ok: false; message?: string } | null;
  if (!body?.ok) throw new Error(body?.message ?? `The server answered ${response.status}.`);
  return body.data;
}

/**
 * The snapshot's freshness beside the pages that came from it: Refresh asks for a read, and
 * while one runs (asked here, or by a launch) its state is polled; once a newer read has
 * landed, `onNewRead` fetches the pages again. Of the three sources the newest answer wins.
 */
export function useFleetFreshness(region: string, pages: { state: FleetReadState; at: number } | undefined, onNewRead: () => void): PickerFleet | undefined {
  const [asked, setAsked] = useState<{ region: string; state: FleetReadState; at: number } | null>(null);
  const cached = useQueryClient().getQueryState<FleetReadState>(['fleet-state', region]);
  const candidates = [pages, asked?.region === region ? asked : undefined, cached?.data ? { state: cached.data, at: cached.dataUpdatedAt } : undefined];
  const latest = candidates.reduce<{ state: FleetReadState; at: number } | undefined>((best, next) => (next && (!best || next.at >= best.at) ? next : best), undefined)?.state;
  const refreshing = Boolean(latest?.refreshing);
  useQuery({
    queryKey: ['fleet-state', region],
    queryFn: ({ signal }) => getJson<FleetReadState>(`/api/ecs/instances/refresh?region=${encodeURIComponent(region)}`, signal),
    // Starts from what the pages said (no request on mount); polls quickly while the newest answer
    // says a read is on its way, and otherwise now and then, so a form left open follows the reads
    // that land meanwhile (another replica's, or the interval's) rather than aging with its page.
    enabled: region !== '' && pages !== undefined,
    ...(pages && { initialData: pages.state, initialDataUpdatedAt: pages.at }),
    staleTime: FOLLOW_MS,
    refetchInterval: refreshing ? POLL_MS : FOLLOW_MS,
  });

  // A read landed that the pages do not have yet: fetch them again, once.
  const newer = latest && !latest.refreshing && latest.readAt !== null && latest.readAt !== pages?.state.readAt ? latest.readAt : null;
  useEffect(() => {
    if (newer !== null) onNewRead();
  }, [newer, onNewRead]);

  const onRefresh = useCallback(() => {
    void askForRead(region).then(
      (state) => setAsked({ region, state, at: Date.now() }),
      () => setAsked(null),
    );
  }, [region]);
  return latest ? { state: latest, onRefresh } : undefined;
}
