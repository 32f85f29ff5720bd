'use client';

import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';

import { getJson } from '@/components/invoke/use-launch-data';
import { mergeInstances } from '@/lib/launches/launch-instances';
import { type LaunchUnchanged, type LaunchView } from '@/lib/launches/launch-view';
import { isTerminal } from '@/lib/launches/status';

/** A poll's changes laid over what the page holds: batches and instances by their keys, the rest as answered. */
export function mergeLaunchView(current: LaunchView, delta: LaunchView): LaunchView {
  const byIndex = <T extends { index: number }>(old: readonly T[], changed: readonly T[]) => {
    const replaced = new Map(changed.map((entry) => [entry.index, entry]));
    const known = new Set(old.map((entry) => entry.index));
    return [...old.map((entry) => replaced.get(entry.index) ?? entry), ...changed.filter((entry) => !known.has(entry.index))];
  };
  return {
    ...delta,
    full: true,
    batches: byIndex(current.batches, delta.batches),
    batchStatuses: byIndex(current.batchStatuses, delta.batchStatuses),
    instances: mergeInstances(current.instances, delta.instances),
  };
}

/** How soon to ask again: quickly while batches go out, steadily while anything runs, rarely for a schedule, never once all is done. */
export function launchPollDelay(view: LaunchView): number | false {
  // Held for a second operator (up to 24 hours): nothing moves until someone decides, and a decision made here refetches at once.
  if (view.approval?.state === 'requested') return 5_000;
  // A canary paused for a person: the same, and Resume or Abort here refetches at once.
  if (view.status === 'Paused') return 5_000;
  if (view.sendStatus === 'queued' || view.sendStatus === 'sending') return 1_000;
  if (view.status === 'Scheduled') return 10_000;
  return isTerminal(view.status) ? false : 2_000;
}

/**
 * A launch kept current: each poll asks only for what changed since the last answer (a few
 * bytes when nothing moved, whatever the launch's size) and merges it in. `withInstances`
 * false leaves the instances out (the form's progress panel).
 */
export function useLaunchView(initial: LaunchView, { withInstances = true }: { withInstances?: boolean } = {}) {
  const latest = useRef(initial);
  return useQuery({
    queryKey: ['launch', initial.launchId, withInstances],
    queryFn: async ({ signal }) => {
      const current = latest.current;
      const answer = await getJson<LaunchView | LaunchUnchanged>(`/api/launches/${initial.launchId}?since=${current.seq}${withInstances ? '' : '&instances=0'}`, signal);
      const next = 'unchanged' in answer ? current : answer.full ? answer : mergeLaunchView(current, answer);
      latest.current = next;
      return next;
    },
    initialData: initial,
    initialDataUpdatedAt: 0,
    refetchInterval: (query) => (query.state.data ? launchPollDelay(query.state.data) : false),
    refetchIntervalInBackground: false,
  });
}
