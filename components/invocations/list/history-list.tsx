import { Card } from '@/components/ui/card';
import { type AccountHistoryPage } from '@/lib/launches/account-history';
import { type HistoryQuery, historyHref, narrowingCount, newerHref, olderHref, pageNumber } from '@/lib/launches/account-history-query';

import { HistoryUnavailable, NoAccountInvocations, NoMatchingInvocations, NothingOnThisPage } from './history-empty';
import { HistoryFilters } from './history-filters';
import { HistoryTable } from './history-table';
import { PageLink } from './list-pager';
import { ReadAgain } from './read-again';
import { formatNumber } from '@/lib/format';

export type HistoryResult = { ok: true; page: AccountHistoryPage } | { ok: false; code: string; message: string };

/** The whole-account card: filters, then one API page of the region's invocations and its pager, or the state that fits. */
export function HistoryList({ result, query, region, regions }: { result: HistoryResult; query: HistoryQuery; region: string; regions: string[] }) {
  const filters = { ...query.filters, region };
  const here = historyHref(filters, query.token ? { token: query.token, trail: query.trail } : undefined);
  return (
    <Card className="overflow-hidden">
      <HistoryFilters filters={filters} regions={regions} />
      <Body result={result} query={{ ...query, filters }} here={here} />
    </Card>
  );
}

function Body({ result, query, here }: { result: HistoryResult; query: HistoryQuery; here: string }) {
  if (!result.ok) return <HistoryUnavailable code={result.code} message={result.message} retryHref={here} />;
  const { page } = result;
  const older = page.nextToken ? olderHref(query, page.nextToken) : null;
  if (page.rows.length > 0) {
    return (
      <>
        <HistoryTable rows={page.rows} region={page.region} />
        <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 border-t border-line px-5 py-2.5">
          <p className="text-xs text-muted tabular">
            Page {pageNumber(query)} · {formatNumber(page.rows.length)} {page.rows.length === 1 ? 'invocation' : 'invocations'} · newest first, as Alibaba Cloud pages them
          </p>
          <div className="flex items-center gap-1.5">
            <ReadAgain />
            <PageLink href={newerHref(query)} label="Newer" icon="left" />
            <PageLink href={older} label="Older" icon="right" />
          </div>
        </nav>
      </>
    );
  }
  if (query.token || page.narrowedOut > 0) return <NothingOnThisPage firstPage={historyHref(query.filters)} older={older} />;
  const count = narrowingCount(query.filters);
  return count > 0 ? <NoMatchingInvocations clearHref={historyHref({ region: query.filters.region })} filterCount={count} /> : <NoAccountInvocations region={page.region} />;
}
