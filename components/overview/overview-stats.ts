import { type DayOutcomes, type FailedLaunch, type OverviewLaunch } from '@/lib/db/overview';
import { formatCount, formatNumber } from '@/lib/format';
import { type TimelineRow } from '@/lib/launches/upcoming-runs';

import { type Stat } from './stat-tiles';

/** The four headline numbers, from what the page has read anyway. */
export function overviewStats({ active, failures, days, timeline }: { active: OverviewLaunch[]; failures: FailedLaunch[]; days: DayOutcomes[]; timeline: TimelineRow[] }): Stat[] {
  const running = active.filter((launch) => launch.status !== 'Scheduled');
  const scheduled = active.length - running.length;
  const failed = failures.reduce((sum, launch) => sum + launch.failed, 0);
  const succeeded = days.reduce((sum, day) => sum + day.succeeded, 0);
  const ended = succeeded + days.reduce((sum, day) => sum + day.failed, 0);
  const upcoming = timeline.reduce((sum, row) => sum + row.total, 0);
  return [
    { label: 'Running now', value: formatNumber(running.length), detail: `${formatCount(scheduled, 'launch', 'launches')} waiting for a schedule`, tone: running.length ? 'running' : undefined },
    { label: 'Failed, last 24 h', value: formatNumber(failed), detail: failed ? `instances, in ${formatCount(failures.length, 'launch', 'launches')}` : 'instances: none failed', tone: failed ? 'failed' : undefined },
    {
      label: 'Succeeded, 14 days',
      value: ended ? `${((succeeded / ended) * 100).toFixed(succeeded === ended ? 0 : 1)}%` : '—',
      detail: ended ? `${formatNumber(succeeded)} of ${formatCount(ended, 'finished run')}` : 'no finished runs yet',
      tone: ended ? (succeeded === ended ? 'success' : undefined) : undefined,
    },
    { label: 'Runs, next 24 h', value: formatNumber(upcoming), detail: `from ${formatCount(timeline.length, 'Period launch', 'Period launches')}`, tone: upcoming ? 'scheduled' : undefined },
  ];
}
