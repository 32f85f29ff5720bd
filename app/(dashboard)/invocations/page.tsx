import { type Metadata } from 'next';
import { Suspense } from 'react';

import { InvokeIdLookup } from '@/components/invocations/list/invoke-id-lookup';
import { LaunchList } from '@/components/invocations/list/launch-list';
import { dayBounds, type ListQuery, parseListQuery } from '@/components/invocations/list/list-query';
import { LaunchListSkeleton } from '@/components/invocations/list/list-skeleton';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { canAct, requireUser } from '@/lib/auth/page';
import { getDb } from '@/lib/db';
import { launchFacets, listLaunches } from '@/lib/db/launch-list';
import { listRegionOptions } from '@/lib/launches/regions';

export const metadata: Metadata = { title: 'Invocations' };

// One refresh request covers a whole page of unfinished launches.
const PAGE_SIZE = 20;

// Skeletons come from Suspense here rather than a loading.tsx, which would also stand in
// for the InvokeId and launch pages nested below this segment.
export default async function InvocationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser('/invocations');
  const query = parseListQuery(await searchParams);
  return (
    <>
      <PageHeader
        title="Invocations"
        description="Every launch made through InvokeDeck, newest first, with its InvokeIds, live status, outcomes and next run."
        actions={
          <Suspense fallback={<Skeleton className="h-[52px] w-[27rem]" />}>
            <Lookup />
          </Suspense>
        }
      />
      <Suspense fallback={<LaunchListSkeleton />}>
        <Launches query={query} canLaunch={canAct(user, 'operator')} />
      </Suspense>
    </>
  );
}

async function Launches({ query, canLaunch }: { query: ListQuery; canLaunch: boolean }) {
  const { filters } = query;
  const db = await getDb();
  const [page, options] = await Promise.all([
    listLaunches(
      db,
      { status: filters.status, regionId: filters.region, commandId: filters.command, createdBy: filters.operator, repeatMode: filters.repeat, ...dayBounds(filters) },
      { limit: PAGE_SIZE, after: query.after, before: query.before },
    ),
    launchFacets(db),
  ]);
  // Next runs of Period launches are computed here, on the server, as of this render.
  return <LaunchList page={page} query={query} options={options} canLaunch={canLaunch} now={new Date()} />;
}

/** Every region ECS answers for, not only those launched in; when ECS is away, those at least. */
async function Lookup() {
  const regions = await listRegionOptions()
    .then((options) => options.map((option) => option.regionId))
    .catch(async () => (await launchFacets(await getDb())).regions);
  return <InvokeIdLookup regions={regions} />;
}
