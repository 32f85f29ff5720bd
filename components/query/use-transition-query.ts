'use client';

import {
  type DefaultError,
  type DefinedInitialDataOptions,
  type DefinedUseQueryResult,
  InfiniteQueryObserver,
  type InfiniteData,
  notifyManager,
  type QueryKey,
  QueryObserver,
  type QueryObserverResult,
  useQueryClient,
  type UseInfiniteQueryOptions,
  type UseInfiniteQueryResult,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query';
import { startTransition, useEffect, useRef, useState } from 'react';

/**
 * react-query's `useQuery` and `useInfiniteQuery`, except that what a fetch changes is drawn in a
 * transition. The library's hooks learn of changes through `useSyncExternalStore`, whose updates
 * React always renders in one blocking task: on the launch form, an arriving page of instances
 * or a 15-second fleet poll redrew the whole form that way (300 ms on a phone, typing included).
 * Here the observer's news only schedules a render React can interrupt; the render itself reads
 * the observer's result, as the library's hooks do. Options are the library's own, minus
 * suspense and error boundaries (none of these pages throws to one).
 */
export function useTransitionQuery<TQueryFnData = unknown, TError = DefaultError, TData = TQueryFnData, TQueryKey extends QueryKey = QueryKey>(
  options: DefinedInitialDataOptions<TQueryFnData, TError, TData, TQueryKey>,
): DefinedUseQueryResult<TData, TError>;
export function useTransitionQuery<TQueryFnData = unknown, TError = DefaultError, TData = TQueryFnData, TQueryKey extends QueryKey = QueryKey>(
  options: UseQueryOptions<TQueryFnData, TError, TData, TQueryKey>,
): UseQueryResult<TData, TError>;
export function useTransitionQuery(options: UseQueryOptions): UseQueryResult {
  return useObservedQuery(QueryObserver, options) as UseQueryResult;
}

/**
 * `onResult` hears each change as it happens (and the result on mounting), before any render: a
 * list that fetches its next page from there keeps its pages coming at the network's pace, not
 * at the pace of the renders each page makes.
 */
export function useTransitionInfiniteQuery<TQueryFnData, TError = DefaultError, TData = InfiniteData<TQueryFnData>, TQueryKey extends QueryKey = QueryKey, TPageParam = unknown>(
  options: UseInfiniteQueryOptions<TQueryFnData, TError, TData, TQueryKey, TPageParam>,
  onResult?: (result: UseInfiniteQueryResult<TData, TError>) => void,
): UseInfiniteQueryResult<TData, TError> {
  return useObservedQuery(InfiniteQueryObserver as typeof QueryObserver, options as UseQueryOptions, onResult as ((result: QueryObserverResult) => void) | undefined) as unknown as UseInfiniteQueryResult<TData, TError>;
}

function useObservedQuery(Observer: typeof QueryObserver, options: UseQueryOptions, onResult?: (result: QueryObserverResult) => void): QueryObserverResult {
  const client = useQueryClient();
  const defaulted = client.defaultQueryOptions(options);
  // As the library's hooks: the first render already shows the fetch that mounting starts.
  defaulted._optimisticResults = 'optimistic';
  const [observer] = useState(() => new Observer(client, defaulted));
  const [, redraw] = useState(0);
  const result = observer.getOptimisticResult(defaulted);
  const drawn = useRef(result);
  const listener = useRef(onResult);

  useEffect(() => {
    drawn.current = result;
    listener.current = onResult;
    observer.setOptions(defaulted);
  }, [defaulted, observer, result, onResult]);

  useEffect(() => {
    const changed = () => startTransition(() => redraw((count) => count + 1));
    const unsubscribe = observer.subscribe(
      notifyManager.batchCalls((next: QueryObserverResult) => {
        listener.current?.(next);
        changed();
      }),
    );
    // What changed between the render and this subscription would otherwise wait for the next news.
    observer.updateResult();
    listener.current?.(observer.getCurrentResult());
    if (observer.getCurrentResult() !== drawn.current) changed();
    return unsubscribe;
  }, [observer]);

  // Only the fields a caller reads: a change to any other one (isFetching, say) draws nothing.
  return defaulted.notifyOnChangeProps ? result : observer.trackResult(result);
}
