'use client';

import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { RotateCw } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';

import { getJson } from '@/components/invoke/use-launch-data';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { TimeAgo } from '@/components/ui/time-ago';
import { type OutputGroupsPage, type OutputReadView, type OutputScope, type ReadOutputsAction } from '@/lib/launches/output-groups';

import { OutputGroupsList } from './output-groups-list';
import { ReadProgress } from './read-progress';

/** How often the page asks how far the background read has got. */
const READ_POLL_MS = 1_000;

const reading = (read: OutputReadView) => read.status === 'queued' || read.status === 'reading' || read.status === 'none';

export function outputsUrl(scope: OutputScope): string {
  return 'launchId' in scope ? `/api/launches/${scope.launchId}/outputs` : `/api/invocations/${encodeURIComponent(scope.invokeId)}/outputs`;
}

/** The groups' query narrowed to some statuses: `&status=Failed,Timeout`, or nothing for all. */
export function statusQuery(statuses: readonly string[] | null): string {
  return statuses ? `&status=${statuses.map(encodeURIComponent).join(',')}` : '';
}

/**
 * Every instance's latest output (of an InvokeId, or of every batch of a launch), identical
 * ones grouped: "37 instances returned this"; with `statuses`, only the outputs of instances
 * in them. The server reads them once, in the background (asked for when this opens); this
 * polls how far it has got, then pages the groups.
 */
export function GroupedOutputs({
  scope,
  fileStem,
  readOutputs,
  statuses = null,
  statusLabel = null,
}: {
  scope: OutputScope;
  fileStem: string;
  readOutputs: ReadOutputsAction;
  statuses?: readonly string[] | null;
  /** The statuses in words ("Failed", "Not successful"), for the summary line. */
  statusLabel?: string | null;
}) {
  const url = outputsUrl(scope);
  const narrow = statusQuery(statuses);
  const queryClient = useQueryClient();
  const [requested, setRequested] = useState(false);
  const [asking, setAsking] = useState(false);
  const [askError, setAskError] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  // Another status shows its own first page.
  const [shownFor, setShownFor] = useState(narrow);
  if (shownFor !== narrow) {
    setShownFor(narrow);
    setPage(1);
  }
  const query = useQuery({
    queryKey: ['outputs', url, page, narrow],
    queryFn: ({ signal }) => getJson<OutputGroupsPage>(`${url}?page=${page}${narrow}`, signal),
    enabled: requested,
    placeholderData: keepPreviousData,
    refetchInterval: (current) => (current.state.data && reading(current.state.data) ? READ_POLL_MS : false),
  });

  const ask = async (again: boolean) => {
    setAsking(true);
    setAskError(null);
    try {
      const result = await readOutputs({ ...scope, ...(again ? { again } : {}) });
      if (!result.ok) return setAskError(`${result.code}: ${result.message}`);
      setPage(1);
      setRequested(true);
      await queryClient.invalidateQueries({ queryKey: ['outputs', url] });
    } catch {
      setAskError('The server did not answer. Try again.');
    } finally {
      setAsking(false);
    }
  };
  // Opening the grouped view (a click, or a link that has it on) asks for the read once.
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    void ask(false);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per opening
  }, []);
  const failure = askError ? (
    <p role="alert" className="text-sm text-rose-700 dark:text-rose-400">
      Could not ask for the outputs: {askError}
    </p>
  ) : null;

  if (!requested) {
    if (!failure) return <Skeleton className="h-32 w-full" />;
    return (
      <div className="space-y-2">
        {failure}
        <Button size="sm" onClick={() => void ask(false)} disabled={asking}>
          <RotateCw aria-hidden className="size-3.5" />
          Try again
        </Button>
      </div>
    );
  }
  const data = query.data;
  if (!data) {
    if (query.isError) return <p className="text-sm text-rose-700 dark:text-rose-400">Could not load the outputs: {query.error.message}</p>;
    return <Skeleton className="h-32 w-full" />;
  }
  if (reading(data)) return <ReadProgress read={data} />;
  const readAgain = (label: string) => (
    <Button size="sm" onClick={() => void ask(true)} disabled={asking}>
      <RotateCw aria-hidden className="size-3.5" />
      {label}
    </Button>
  );
  return (
    <div className="space-y-4">
      {failure}
      {data.status === 'failed' ? (
        <Alert tone="danger" title={`The read stopped after ${data.invocationsRead} of ${data.invocationsTotal} InvokeIds: ${data.error?.code ?? 'error'}`}>
          <p>{data.error?.message}</p>
          <div className="mt-2">{readAgain('Try again')}</div>
        </Alert>
      ) : null}
      {data.stale ? (
        <div className="flex flex-wrap items-center gap-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950/50 dark:text-amber-200" role="note">
          <span className="min-w-0 flex-1">
            {'launchId' in scope ? 'The launch has changed since these outputs were read' : 'These outputs were read'}
            {data.readAt ? (
              <>
                {' '}
                <TimeAgo iso={data.readAt} />
              </>
            ) : null}
            {'launchId' in scope ? '.' : '; instances may have said more since.'}
          </span>
          {readAgain('Read again')}
        </div>
      ) : null}
      {/* Read while these instances were still running: nothing of theirs yet, so offer a fresh read. */}
      {data.status === 'done' && data.filter && data.totalGroups === 0 && !data.stale ? readAgain('Read again') : null}
      {data.status === 'done' || data.totalGroups > 0 ? <OutputGroupsList data={data} url={url} membersQuery={narrow} statusLabel={statusLabel} fileStem={fileStem} onPage={setPage} /> : null}
    </div>
  );
}
