'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { getJson } from '@/components/invoke/use-launch-data';
import { Alert } from '@/components/ui/alert';
import { Skeleton } from '@/components/ui/skeleton';
import { formatUtc } from '@/lib/format';

import { LogViewer } from '../log-viewer';
import { StatusBadge } from '../status-badge';

export interface RunOutput {
  status: string;
  exitCode: number | null;
  errorCode: string;
  errorInfo: string;
  output: string;
  dropped: number;
  repeats: number;
  startTime: string | null;
  finishedTime: string | null;
  stopTime: string | null;
  /** What to do about a failed run, when the server could name its cause. */
  hint?: string | null;
}

/**
 * One instance's output, fetched when opened. For schedules and reboot hooks every past run
 * is listed (IncludeHistory) and any of them can be shown.
 */
export function InstanceOutput({ invokeId, region, instanceId, withHistory }: { invokeId: string; region: string; instanceId: string; withHistory: boolean }) {
  const query = useQuery({
    queryKey: ['output', invokeId, instanceId, withHistory],
    queryFn: ({ signal }) =>
      getJson<{ runs: RunOutput[]; more: boolean }>(
        `/api/invocations/${encodeURIComponent(invokeId)}/output?region=${encodeURIComponent(region)}&instanceId=${encodeURIComponent(instanceId)}&history=${withHistory ? 1 : 0}`,
        signal,
      ),
  });
  const [chosen, setChosen] = useState(0);
  if (query.isPending) return <Skeleton className="h-40 w-full" />;
  if (query.isError) return <p className="text-sm text-rose-600 dark:text-rose-400">Could not load the output: {query.error.message}</p>;
  const runs = query.data.runs;
  const run = runs[Math.min(chosen, runs.length - 1)];
  if (!run) return <p className="text-sm text-muted">No run has produced output yet.</p>;
  return (
    <div className="space-y-3">
      {withHistory ? (
        <div>
          <h4 className="mb-1.5 text-xs font-semibold text-muted">Run history ({runs.length}{query.data.more ? '+' : ''})</h4>
          <ol className="flex max-h-32 flex-wrap gap-1.5 overflow-y-auto" aria-label={`Runs on ${instanceId}`}>
            {runs.map((entry, index) => (
              <li key={`${entry.startTime ?? ''}-${index}`}>
                <button
                  type="button"
                  aria-pressed={index === chosen}
                  onClick={() => setChosen(index)}
                  className={`inline-flex items-center gap-2 rounded-md border px-2 py-1 text-xs ${index === chosen ? 'border-accent-500 bg-accent-50 dark:bg-accent-950' : 'border-line hover:bg-surface-2'}`}
                >
                  <span className="font-mono tabular">{entry.startTime ? formatUtc(new Date(entry.startTime)) : 'not started'}</span>
                  <StatusBadge status={entry.status} />
                </button>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      {run.errorCode ? (
        <p className="text-xs text-muted">
          <span className="font-mono font-medium text-rose-700 dark:text-rose-400">{run.errorCode}</span> {run.errorInfo}
        </p>
      ) : null}
      {run.hint ? (
        <Alert tone="warning" title="Needs attention on the instance">
          {run.hint}
        </Alert>
      ) : null}
      <LogViewer
        text={run.output}
        droppedBytes={run.dropped}
        fileName={`${invokeId}-${instanceId}${withHistory && run.startTime ? `-${run.startTime.replace(/[:]/g, '')}` : ''}.log`}
        label={`Output of ${instanceId}`}
        height={320}
      />
    </div>
  );
}
