'use client';

import { ClipboardCheck, Lock } from 'lucide-react';
import { lazy, type ReactNode, Suspense } from 'react';

import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { formatCount, formatNumber } from '@/lib/format';
import { batchCount } from '@/lib/invoke/batches';
import { describeQuotaSource, type Limits, QUOTA_SOURCE_SHORT, type QuotaSource } from '@/lib/invoke/limits';
import { batchingLimits, describeRateControl, type RateControl } from '@/lib/invoke/rate-control';
import { type RepeatMode } from '@/lib/invoke/types';

const MODE_TEXT: Record<RepeatMode, string> = {
  Once: 'Once, right after launch',
  Period: 'On a schedule',
  NextRebootOnly: 'At the next reboot',
  EveryReboot: 'At every reboot',
};

// The schedule's words need cronstrue; loaded only when a launch is Period.
const SummarySchedule = lazy(() => import('@/components/invoke/schedule/summary-schedule').then((module) => ({ default: module.SummarySchedule })));

/** The always-visible summary beside the form, with the button that opens the review. */
export function LaunchSummary({
  regionId,
  commandName,
  selectedCount,
  repeatMode,
  quota,
  limits,
  canLaunch,
  busy,
  errorCount,
  rateControl,
  tagRule = null,
}: {
  regionId: string;
  commandName: string | null;
  selectedCount: number;
  repeatMode: RepeatMode;
  quota: { used: number; limit: number; source?: QuotaSource };
  limits: Limits;
  canLaunch: boolean;
  busy: boolean;
  errorCount: number;
  rateControl?: RateControl | undefined;
  /** A tag target's rule (`env=prod, role=web`), shown in place of a count. */
  tagRule?: string | null;
}) {
  const batches = batchCount(selectedCount, batchingLimits(limits, rateControl, selectedCount));
  const rows: [string, ReactNode][] = [
    ['Region', regionId || '—'],
    ['Command', commandName ?? 'Not chosen'],
    ['Instances', tagRule !== null ? (tagRule ? `Tagged ${tagRule}, in 1 call` : 'No tags yet') : selectedCount ? `${formatCount(selectedCount, 'instance')} in ${formatCount(batches, 'batch', 'batches')}` : 'None selected'],
    [
      'When',
      repeatMode === 'Period' ? (
        <Suspense fallback={MODE_TEXT.Period}>
          <SummarySchedule />
        </Suspense>
      ) : (
        MODE_TEXT[repeatMode]
      ),
    ],
    ...(rateControl ? [['Rate control', describeRateControl(rateControl, selectedCount)] as [string, ReactNode]] : []),
    [
      'Quota today',
      <span key="quota" title={quota.source ? `Daily limit: ${describeQuotaSource(quota.source)}` : undefined}>
        {formatNumber(quota.used)} of {formatNumber(quota.limit)} calls
        {quota.source ? <span className="block text-xs text-muted">{QUOTA_SOURCE_SHORT[quota.source]}</span> : null}
      </span>,
    ],
  ];
  return (
    <Card className="lg:sticky lg:top-20">
      <div className="border-b border-line px-5 py-3.5">
        <h2 className="text-sm font-semibold">Summary</h2>
      </div>
      <dl className="space-y-2.5 px-5 py-4 text-[13px]">
        {rows.map(([label, value]) => (
          <div key={label} className="flex justify-between gap-3">
            <dt className="text-muted">{label}</dt>
            <dd className="text-right font-medium [overflow-wrap:anywhere]">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="space-y-2 border-t border-line px-5 py-4">
        {/* The line keeps its height when empty, so the buttons below never move under a click. */}
        <p className="min-h-4 text-xs font-medium text-rose-600 dark:text-rose-400" role={errorCount > 0 ? 'alert' : undefined}>
          {errorCount > 0 ? `${formatCount(errorCount, 'field needs', 'fields need')} attention.` : null}
        </p>
        <Button type="submit" variant="primary" size="lg" className="w-full" disabled={!canLaunch || busy}>
          {canLaunch ? <ClipboardCheck aria-hidden className="size-4" /> : <Lock aria-hidden className="size-4" />}
          Review
        </Button>
        {!canLaunch ? <p className="text-xs text-muted">Viewers can look but not launch. Ask an admin for the operator role.</p> : null}
      </div>
    </Card>
  );
}
