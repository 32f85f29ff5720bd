import { useDeferredValue, useMemo, useState } from 'react';

import { type LogSnapshot } from '@/components/invocations/log-viewer/log-document';
import { findMatches, type LogMatches, NO_MATCHES, searchIndexFor, stepMatch } from '@/components/invocations/log-viewer/search';

export interface LogSearch {
  query: string;
  setQuery: (query: string) => void;
  matches: LogMatches;
  /** The highlighted match number, or -1 when there is none. */
  current: number;
  /** Typing ahead of the results, or the output is still being read. */
  pending: boolean;
  /** Moves to the next (1) or previous (-1) match and returns its number (-1: none). */
  step: (direction: 1 | -1) => number;
}

/**
 * Search state. Results follow a deferred copy of the query, so typing stays responsive on
 * a 5 MB output; the index (joined, lower-cased text) is built on the first search only.
 */
export function useLogSearch(snapshot: LogSnapshot): LogSearch {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const matches = useMemo(
    () => (deferred !== '' && snapshot.done ? findMatches(searchIndexFor(snapshot.lines), deferred) : NO_MATCHES),
    [deferred, snapshot],
  );
  // The position belongs to one result set: new results start again at the first match,
  // derived here rather than reset in an effect.
  const [position, setPosition] = useState<{ of: LogMatches; index: number }>({ of: NO_MATCHES, index: 0 });
  const index = position.of === matches ? position.index : 0;
  const current = matches.count > 0 ? index : -1;

  return {
    query,
    setQuery,
    matches,
    current,
    pending: query !== deferred || (query !== '' && !snapshot.done),
    step(direction) {
      const next = stepMatch(matches.count, current, direction);
      if (next !== -1) setPosition({ of: matches, index: next });
      return next;
    },
  };
}
