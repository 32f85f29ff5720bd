import { RotateCw } from 'lucide-react';
import { type Metadata } from 'next';
import { Link } from '@/components/ui/link';

import { ActiveCard } from '@/components/overview/active-card';
import { FailuresCard } from '@/components/overview/failures-card';
import { overviewStats } from '@/components/overview/overview-stats';
import { RunTimeline } from '@/components/overview/run-timeline';
import { RunsChart } from '@/components/overview/runs-chart';
import { StatTiles } from '@/components/overview/stat-tiles';
import { buttonClasses } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { canAct, requireUser } from '@/lib/auth/page';
import { getDb } from '@/lib/db';
import { activeLaunches, dailyOutcomes, recentFailures } from '@/lib/db/overview';
import { formatUtc } from '@/lib/format';
import { launchFrequency, nextRunOf, timelineRows } from '@/lib/launches/upcoming-runs';
import { describeFrequency } from '@/lib/schedule';

export const metadata: Metadata = { title: 'Overview' };

const DAY = 86_400_000;
/** Marks drawn per timeline row: one every half hour, enough to see a schedule's shape. */
const MARKS_PER_ROW = 48;

/** The home for viewers: what runs, what failed, how runs went, what runs next. Rendered once per visit. */
export default async function OverviewPage() {
  const user = await requireUser('/overview');
  const db = await getDb();
  const now = new Date();
  const [active, failures, days] = await Promise.all([activeLaunches(db), recentFailures(db, new Date(now.getTime() - DAY)), dailyOutcomes(db, now)]);
  const period = active.filter((launch) => launch.repeatMode === 'Period');
  const timeline = timelineRows(period, { from: now, to: new Date(now.getTime() + DAY) }, MARKS_PER_ROW);
  const items = active.map((launch) => {
    const parsed = launch.repeatMode === 'Period' ? launchFrequency(launch.frequency, launch.createdAt) : null;
    const schedule = launch.repeatMode === 'Period' ? { words: parsed ? describeFrequency(parsed) : (launch.frequency ?? 'No Frequency'), nextRun: nextRunOf(launch.frequency, launch.createdAt, now)?.toISOString() ?? null } : null;
    return { launch, schedule };
  });

  return (
    <>
      <PageHeader
        title="Overview"
        description="What is running, what failed in the last day, how runs went, and what runs next."
        actions={
          <div className="flex items-center gap-3">
            <p className="text-xs text-muted tabular">
              Refreshed <time dateTime={now.toISOString()}>{formatUtc(now).slice(11)}</time>
            </p>
            <Link href="/overview" className={buttonClasses('secondary', 'sm')} prefetch={false}>
              <RotateCw aria-hidden className="size-3.5" />
              Refresh
            </Link>
          </div>
        }
      />
      <div className="space-y-6">
        <StatTiles stats={overviewStats({ active, failures, days, timeline })} />
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-5">
          <div className="min-w-0 lg:col-span-3">
            <FailuresCard failures={failures} />
          </div>
          <div className="min-w-0 lg:col-span-2">
            <ActiveCard items={items} canLaunch={canAct(user, 'operator')} now={now} />
          </div>
        </div>
        <RunTimeline rows={timeline} from={now} spanMs={DAY} />
        <RunsChart days={days} />
      </div>
    </>
  );
}
