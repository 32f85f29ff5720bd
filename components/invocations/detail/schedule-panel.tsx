'use client';

import { useMemo } from 'react';

import { useNow } from '@/components/ui/use-now';
import { describeFrequency, formatRun, nextRuns, parseFrequency } from '@/lib/schedule';

/** A Period invocation's schedule in words and its next runs; a reboot hook says when it fires. */
export function SchedulePanel({ repeatMode, frequency, createdAt, status }: { repeatMode: string; frequency: string; createdAt: string | null; status: string }) {
  const now = useNow();
  const view = useMemo(() => {
    if (repeatMode !== 'Period' || now === null || !frequency) return null;
    const parsed = parseFrequency(frequency, { now: new Date(createdAt ?? now) });
    if (!parsed.ok) return { words: frequency, runs: [] as string[] };
    const runs = nextRuns(parsed.frequency, { after: new Date(now), count: 5, ...(createdAt ? { createdAt: new Date(createdAt) } : {}), defaultTimeZone: 'UTC' });
    return { words: describeFrequency(parsed.frequency), runs: runs.map((run) => formatRun(run, { frequency: parsed.frequency, defaultTimeZone: 'UTC' }).schedule.text) };
  }, [repeatMode, frequency, createdAt, now]);

  if (repeatMode === 'NextRebootOnly' || repeatMode === 'EveryReboot') {
    return <p className="text-[13px]">{repeatMode === 'EveryReboot' ? 'Runs every time an instance boots.' : 'Runs once, the next time each instance boots.'} Each run appears in the instance’s history.</p>;
  }
  if (!view) return null;
  const stopped = status === 'Stopped' || status === 'Stopping';
  return (
    <div className="space-y-2 text-[13px]">
      <p>
        <span className="font-medium">{view.words}</span> <span className="font-mono text-xs text-muted">({frequency})</span>
      </p>
      {stopped ? (
        <p className="text-muted">Stopped: no further runs.</p>
      ) : view.runs.length ? (
        <ol className="space-y-0.5 font-mono text-xs text-muted tabular" aria-label="Next runs">
          {view.runs.map((run) => (
            <li key={run}>{run}</li>
          ))}
        </ol>
      ) : (
        <p className="text-muted">No further run is scheduled.</p>
      )}
    </div>
  );
}
