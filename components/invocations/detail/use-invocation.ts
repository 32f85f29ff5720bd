'use client';

import { useQuery } from '@tanstack/react-query';

import { getJson } from '@/components/invoke/use-launch-data';
import { type InvocationView } from '@/lib/launches/invocation-view';
import { isTerminal } from '@/lib/launches/status';

/** Is anything in this invocation still going to change by itself? */
export function stillMoving(view: InvocationView): boolean {
  if (view.source === 'snapshot') return false;
  return !isTerminal(view.invocationStatus) || view.instances.some((instance) => !isTerminal(instance.status));
}

/**
 * The InvokeId, polled while anything is not terminal: every 1.5 s at first, backing off to
 * 15 s; never once all is terminal; paused while the tab is hidden.
 */
export function useInvocation(invokeId: string, region: string, initial: InvocationView) {
  return useQuery({
    queryKey: ['invocation', invokeId, region],
    queryFn: ({ signal }) => getJson<InvocationView>(`/api/invocations/${encodeURIComponent(invokeId)}?region=${encodeURIComponent(region)}`, signal),
    initialData: initial,
    initialDataUpdatedAt: 0,
    refetchInterval: (query) => {
      const data = query.state.data;
      if (!data || !stillMoving(data)) return false;
      return Math.min(15_000, Math.round(1_500 * 1.35 ** Math.min(query.state.dataUpdateCount, 12)));
    },
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
  });
}
