'use client';

import { useQueries } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { createContext, type ReactNode, useContext, useEffect, useRef } from 'react';

import { getJson } from '@/components/invoke/use-launch-data';
import { isTerminal } from '@/lib/launches/status';

import { StatusBadge } from '../status-badge';

/** What the refresh route takes per request (it asks ECS about each unfinished launch). */
const IDS_PER_REQUEST = 20;

interface RefreshAnswer {
  launches: { id: string; status: string }[];
}

const LiveStatuses = createContext<ReadonlyMap<string, string>>(new Map());

/** Polling delay after `n` answers: 2 s at first, backing off to 20 s for long runs and schedules. */
function pollDelay(answers: number): number {
  return Math.min(20_000, Math.round(2_000 * 1.4 ** Math.min(answers, 10)));
}

/**
 * Keeps the statuses of the page's unfinished launches current without a reload: asks the
 * refresh route about them (20 per request), backing off, until every one is terminal; paused
 * while the tab is hidden. The table's rows read the answers through `LiveStatus`. When a
 * status moves, the server renders the page again (in place) so the outcome counts follow.
 */
export function LiveStatusProvider({ launches, children }: { launches: { id: string; status: string }[]; children: ReactNode }) {
  const watched = launches.filter((launch) => !isTerminal(launch.status)).map((launch) => launch.id);
  const chunks: string[][] = [];
  for (let start = 0; start < watched.length; start += IDS_PER_REQUEST) chunks.push(watched.slice(start, start + IDS_PER_REQUEST));

  const statuses = useQueries({
    queries: chunks.map((ids) => ({
      queryKey: ['launch-statuses', ids],
      queryFn: ({ signal }: { signal: AbortSignal }) => getJson<RefreshAnswer>(`/api/launches/refresh?ids=${ids.join(',')}`, signal),
      // The server-rendered status may be minutes old: ask at once, then keep asking.
      staleTime: 0,
      refetchInterval: (query: { state: { data: RefreshAnswer | undefined; dataUpdateCount: number } }) => {
        const data = query.state.data;
        if (data && data.launches.every((launch) => isTerminal(launch.status))) return false;
        return pollDelay(query.state.dataUpdateCount);
      },
      refetchIntervalInBackground: false,
    })),
    combine: (results) => new Map(results.flatMap((result) => result.data?.launches.map((launch): [string, string] => [launch.id, launch.status]) ?? [])),
  });

  const router = useRouter();
  const refreshedFor = useRef(new Set<string>());
  const moved = launches.flatMap((launch) => {
    const live = statuses.get(launch.id);
    return live && live !== launch.status ? [`${launch.id}:${live}`] : [];
  });
  const movedKey = moved.join(',');
  useEffect(() => {
    // Once per launch and status: the new render already carries it, so this cannot loop.
    const fresh = movedKey.split(',').filter((key) => key && !refreshedFor.current.has(key));
    if (fresh.length === 0) return;
    for (const key of fresh) refreshedFor.current.add(key);
    router.refresh();
  }, [movedKey, router]);

  return <LiveStatuses.Provider value={statuses}>{children}</LiveStatuses.Provider>;
}

/** A launch's status badge: the polled status once one has arrived, the server's until then. */
export function LiveStatus({ launchId, status }: { launchId: string; status: string }) {
  const live = useContext(LiveStatuses).get(launchId) ?? status;
  return <StatusBadge status={live} />;
}
