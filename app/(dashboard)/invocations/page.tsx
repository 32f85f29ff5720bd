import { type Metadata } from 'next';
import { Suspense } from 'react';

import { PendingApprovals } from '@/components/approvals/pending-approvals';
import { HistoryList, type HistoryResult } from '@/components/invocations/list/history-list';
import { InvokeIdLookup } from '@/components/invocations/list/invoke-id-lookup';
import { LaunchList } from '@/components/invocations/list/launch-list';
import { dayBounds, type ListQuery, parseListQuery } from '@/components/invocations/list/list-query';
import { LaunchListSkeleton } from '@/components/invocations/list/list-skeleton';
import { SourceSwitch } from '@/components/invocations/list/source-switch';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { canAct, requireUser } from '@/lib/auth/page';
import { getDb } from '@/lib/db';
import { pendingApprovals } from '@/lib/db/approvals';
import { launchFacets, listLaunches } from '@/lib/db/launch-list';
import { getEcsClient, getRegionGuard } from '@/lib/ecs';
import { historyFailure, readAccountHistory } from '@/lib/launches/account-history';
import { type HistoryQuery, isAccountSource, parseHistoryQuery } from '@/lib/launches/account-history-query';
import { allowedRegionOrUndefined, listRegionOptions } from '@/lib/launches/regions';

export const metadata: Metadata = { title: 'Invocations' };

// One refresh request covers a whole page of unfinished launches.
const PAGE_SIZE = 20;

// Skeletons come from Suspense here rather than a loading.tsx, which would also stand in
// for the InvokeId and launch pages nested below this segment.
export default async function InvocationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser('/invocations');
  const params = await searchParams;
  const account = isAccountSource(params);
  const query = parseListQuery(account ? {} : params);
  const history = parseHistoryQuery(account ? params : {});
  const regions = account ? await accountRegions(history.filters.region) : null;
  return (
    <>
      <PageHeader
        title="Invocations"
        description={
          account
            ? 'Every Cloud Assistant invocation of the region, whoever made it, newest first; those InvokeDeck launched lead to their launch.'
            : 'Every launch made through InvokeDeck, newest first, with its InvokeIds, live status, outcomes and next run.'
        }
        actions={
          <Suspense fallback={<Skeleton className="h-[52px] w-[27rem]" />}>
            <Lookup />
          </Suspense>
        }
      />
      <Suspense>
        <SourceSwitch source={account ? 'account' : 'launches'} region={regions?.region ?? query.filters.region} />
      </Suspense>
      {regions ? (
        <Suspense fallback={<LaunchListSkeleton label="Loading the account's invocations" />}>
          <AccountHistory query={history} {...regions} />
        </Suspense>
      ) : (
        <Suspense fallback={<LaunchListSkeleton />}>
          <Launches query={query} canLaunch={canAct(user, 'operator')} />
        </Suspense>
      )}
    </>
  );
}

/** The regions this deployment allows, and the one to show: the URL's when allowed, else the first. */
async function accountRegions(asked: string | undefined): Promise<{ region: string; allowed: string[] }> {
  const guard = getRegionGuard();
  const [allowed, region] = await Promise.all([guard.regions(), allowedRegionOrUndefined(asked, guard)]);
  return { region: region ?? allowed[0] ?? 'cn-hangzhou', allowed: [...allowed] };
}

/** One DescribeInvocations page of the region, whoever made its invocations. */
async function AccountHistory({ query, region, allowed }: { query: HistoryQuery; region: string; allowed: string[] }) {
  let result: HistoryResult;
  try {
    result = { ok: true, page: await readAccountHistory(await getDb(), getEcsClient(), region, query.filters, query.token) };
  } catch (error) {
    const failure = historyFailure(error);
    if (!failure) throw error;
    result = { ok: false, ...failure };
  }
  return <HistoryList result={result} query={query} region={region} regions={allowed} />;
}

async function Launches({ query, canLaunch }: { query: ListQuery; canLaunch: boolean }) {
  const { filters } = query;
  const db = await getDb();
  const [page, options, pending] = await Promise.all([
    listLaunches(
      db,
      { status: filters.status, regionId: filters.region, commandId: filters.command, createdBy: filters.operator, repeatMode: filters.repeat, ...dayBounds(filters) },
      { limit: PAGE_SIZE, after: query.after, before: query.before },
    ),
    launchFacets(db),
    pendingApprovals(db),
  ]);
  // Next runs of Period launches are computed here, on the server, as of this render. The
  // approvals hydrate apart from the list (their own boundary, their own task).
  return (
    <>
      <Suspense>
        <PendingApprovals
          pending={pending.map((row) => ({
            launchId: row.id,
            commandName: row.command_name,
            regionId: row.region_id,
            instanceCount: row.instance_count,
            requestedBy: row.created_by_username,
            requestedAt: row.created_at,
            reason: row.approval_reason,
          }))}
        />
      </Suspense>
      <LaunchList page={page} query={query} options={options} canLaunch={canLaunch} now={new Date()} />
    </>
  );
}

/** Every region ECS answers for, not only those launched in; when ECS is away, those at least. */
async function Lookup() {
  const regions = await listRegionOptions()
    .then((options) => options.map((option) => option.regionId))
    .catch(async () => (await launchFacets(await getDb())).regions);
  return <InvokeIdLookup regions={regions} />;
}
