'use client';

import { AlertTriangle, Clock } from 'lucide-react';
import { useMemo } from 'react';

import { useNow } from '@/components/ui/use-now';
import { daylightSavingWarnings, describeFrequency, formatRun, nextRuns, parseFrequency, runLabel, runLabelOptions, type ZonedTime, timeZoneNotice } from '@/lib/schedule';

/**
 * A Frequency in words, its next five runs on three clocks ("Mon 8 Dec 02:00", the weekday
 * first: a weekday schedule in the wrong zone shows as Sunday runs), and its time-zone and
 * DST notices.
 */
export function SchedulePreview({ frequency, timeoutSeconds }: { frequency: string; timeoutSeconds?: number | undefined }) {
  const now = useNow();
  const preview = useMemo(() => {
    if (now === null || frequency.trim() === '') return null;
    const at = new Date(now);
    const parsed = parseFrequency(frequency, { now: at, ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {}) });
    if (!parsed.ok) return null;
    const runs = nextRuns(parsed.frequency, { after: at, count: 5, createdAt: at, defaultTimeZone: 'UTC' }).map((run) =>
      formatRun(run, { frequency: parsed.frequency, defaultTimeZone: 'UTC' }),
    );
    return {
      words: describeFrequency(parsed.frequency),
      runs,
      labels: runLabelOptions(runs, at),
      notices: [timeZoneNotice(parsed.frequency), ...daylightSavingWarnings(parsed.frequency, { now: at }).map((warning) => warning.message)].filter(
        (notice): notice is string => Boolean(notice),
      ),
    };
  }, [frequency, now, timeoutSeconds]);

  if (!preview) return null;
  const viewerZone = preview.runs[0]?.viewer.zone;
  const scheduleZone = preview.runs[0]?.schedule.zone;
  // A schedule on UTC needs no second UTC column.
  const showUtc = scheduleZone !== 'UTC';
  const showViewer = Boolean(viewerZone) && viewerZone !== scheduleZone && viewerZone !== 'UTC';
  return (
    <div className="overflow-hidden rounded-md border border-line" data-testid="schedule-preview">
      <div className="flex items-start gap-2 border-b border-line bg-surface-2/60 px-3 py-2">
        <Clock aria-hidden className="mt-0.5 size-4 shrink-0 text-accent-600 dark:text-accent-400" />
        <p className="text-[13px] font-medium" aria-label="Schedule in words">
          {preview.words}
        </p>
      </div>
      {preview.runs.length ? (
        <table className="w-full text-left text-xs" aria-label="Next runs">
          <thead className="text-muted">
            <tr>
              <th className="px-3 py-1.5 font-medium">Next runs ({scheduleZone})</th>
              {showUtc ? <th className="px-3 py-1.5 font-medium">UTC</th> : null}
              {showViewer ? <th className="px-3 py-1.5 font-medium">Your time ({viewerZone})</th> : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-line tabular">
            {preview.runs.map((run) => (
              <tr key={run.instant}>
                <td className="px-3 py-1.5">
                  <RunTime zoned={run.schedule} instant={run.instant} label={runLabel(run.schedule, preview.labels)} /> <span className="text-muted">{run.schedule.offset}</span>
                </td>
                {showUtc ? (
                  <td className="px-3 py-1.5 text-muted">
                    <RunTime zoned={run.utc} instant={run.instant} label={runLabel(run.utc, preview.labels)} />
                  </td>
                ) : null}
                {showViewer ? (
                  <td className="px-3 py-1.5 text-muted">
                    <RunTime zoned={run.viewer} instant={run.instant} label={runLabel(run.viewer, preview.labels)} />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="px-3 py-2 text-xs text-muted">No future run.</p>
      )}
      {preview.notices.map((notice) => (
        <p key={notice} className="flex gap-2 border-t border-line bg-amber-50 px-3 py-2 text-xs text-amber-900 dark:bg-amber-950/40 dark:text-amber-200">
          <AlertTriangle aria-hidden className="mt-0.5 size-3.5 shrink-0" />
          {notice}
        </p>
      ))}
    </div>
  );
}

/** The short label, with the exact time and zone on hover. */
function RunTime({ zoned, instant, label }: { zoned: ZonedTime; instant: string; label: string }) {
  return (
    <time dateTime={instant} title={zoned.text}>
      {label}
    </time>
  );
}
