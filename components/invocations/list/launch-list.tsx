import { Suspense } from 'react';

import { Card } from '@/components/ui/card';
import { type LaunchPage } from '@/lib/db/launch-list';

import { type FilterOptions, LaunchFilters } from './launch-filters';
import { LaunchTable } from './launch-table';
import { NoLaunchesYet, NoMatchingLaunches, NoOlderLaunches } from './list-empty';
import { ListPager } from './list-pager';
import { activeFilterCount, type ListQuery, listHref } from './list-query';

/** The list card: filters, then the table and its pager, or the empty state that fits. */
export function LaunchList({ page, query, options, canLaunch, now }: { page: LaunchPage; query: ListQuery; options: FilterOptions; canLaunch: boolean; now: Date }) {
  const filterCount = activeFilterCount(query.filters);
  // The filter menus list what has been launched: empty menus mean nothing ever was.
  const launchedBefore = options.regions.length > 0;
  return (
    <Card className="overflow-hidden">
      {/* The filters hydrate apart from the table (their own boundary, their own task). */}
      {launchedBefore ? (
        <Suspense>
          <LaunchFilters filters={query.filters} options={options} />
        </Suspense>
      ) : null}
      {page.rows.length > 0 ? (
        <>
          <LaunchTable rows={page.rows} now={now} />
          <ListPager filters={query.filters} shown={page.rows.length} newer={page.previous} older={page.next} />
        </>
      ) : query.after || query.before ? (
        <NoOlderLaunches firstPage={listHref(query.filters)} />
      ) : filterCount > 0 && launchedBefore ? (
        <NoMatchingLaunches filterCount={filterCount} />
      ) : (
        <NoLaunchesYet canLaunch={canLaunch} />
      )}
    </Card>
  );
}
