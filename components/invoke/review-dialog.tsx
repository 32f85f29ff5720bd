'use client';

import { CalendarClock, Gauge, Rocket, Server, ShieldCheck } from 'lucide-react';
import { type ReactNode } from 'react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { formatCount, formatNumber } from '@/lib/format';
import { describeQuotaSource, type QuotaSource } from '@/lib/invoke/limits';
import { type MaskedInvokeRequest } from '@/lib/invoke/request';
import { type CommandType } from '@/lib/invoke/types';

import { COMMAND_TYPE_LABELS } from './command-types';
import { RequestPreview } from './request-preview';

export interface ReviewSummary {
  regionId: string;
  commandName: string;
  commandType: CommandType;
  instanceCount: number;
  /** The most common tags among the chosen instances, e.g. env=prod: 212. */
  topTags: { tag: string; count: number }[];
  batches: readonly MaskedInvokeRequest[];
  schedule: { title: string; words: string | null; nextRuns: string[]; notices: string[] };
  runAs: string;
  /** "10 instances at a time; stop when over 2 fail". */
  rateControl: string;
  quota: { used: number; limit: number; source?: QuotaSource };
  secretCount: number;
  /** Warnings about the chosen instances (live mode's classic network). */
  instanceNotices?: string[];
  /** A tag target: the rule Alibaba resolves when each call is made; `instanceCount` is what it matches now. */
  tagRule?: string;
  /** RunCommand: a script sent without being saved (or saved first when kept). */
  script?: { kept: boolean };
}

/** What "Check only" answered: each call as Alibaba judged it with RepeatMode=DryRun. */
export interface CheckOutcome {
  ok: boolean;
  calls: { batch: number; instanceCount: number; ok: boolean; code?: string; message?: string; requestId?: string }[];
}

/** The last look before a launch: blast radius, schedule in words, quota, the exact request. */
export function ReviewDialog({
  open,
  onClose,
  summary,
  onLaunch,
  launching,
  error,
  onCheck,
  checking = false,
  check = null,
}: {
  open: boolean;
  onClose: () => void;
  summary: ReviewSummary | null;
  onLaunch: () => void;
  launching: boolean;
  error: ReactNode;
  /** "Check only": every call sent as a DryRun; nothing runs. */
  onCheck?: () => void;
  checking?: boolean;
  check?: CheckOutcome | null;
}) {
  const batches = summary?.batches.length ?? 0;
  const reach = summary?.tagRule ? `${formatCount(summary.instanceCount, 'instance')} tagged now` : formatCount(summary?.instanceCount ?? 0, 'instance');
  return (
    <Dialog
      open={open && summary !== null}
      onClose={onClose}
      title="Review launch"
      description="Check what will run where. Nothing has been sent yet."
      className="w-[min(48rem,calc(100vw-2rem))]"
      footer={
        // On a phone the two buttons do not fit one line: Launch takes the first, full width.
        <div className="flex w-full flex-wrap-reverse justify-end gap-2">
          <Button onClick={onClose} disabled={launching} className="max-sm:flex-1">
            Back to the form
          </Button>
          {onCheck ? (
            <Button onClick={onCheck} disabled={launching || checking} className="max-sm:flex-1">
              <ShieldCheck aria-hidden className="size-4" />
              {checking ? 'Checking…' : 'Check only'}
            </Button>
          ) : null}
          <Button variant="primary" onClick={onLaunch} disabled={launching} data-testid="confirm-launch" className="max-sm:flex-1">
            <Rocket aria-hidden className="size-4" />
            {launching ? 'Launching…' : summary?.tagRule ? 'Launch on the tagged instances' : `Launch on ${formatCount(summary?.instanceCount ?? 0, 'instance')}`}
          </Button>
        </div>
      }
    >
      {summary ? (
        <div className="space-y-5">
          {error ? <div>{error}</div> : null}
          {check ? <CheckResult check={check} /> : null}
          <section aria-label="Blast radius" className="grid gap-3 sm:grid-cols-3">
            <Stat icon={<Server />} label="Blast radius" value={`${reach}, ${formatCount(batches, 'batch', 'batches')}`}>
              {summary.tagRule
                ? `Every instance tagged ${summary.tagRule} when it is sent (resolved by Alibaba)`
                : summary.topTags.length
                  ? summary.topTags.map((tag) => `${tag.tag}: ${tag.count}`).join(' · ')
                  : 'No tags on these instances'}
            </Stat>
            <Stat icon={<CalendarClock />} label={summary.schedule.title} value={summary.schedule.words ?? '—'}>
              {summary.schedule.nextRuns.length ? (
                <ol className="space-y-0.5 tabular">
                  {summary.schedule.nextRuns.map((run) => (
                    <li key={run}>{run}</li>
                  ))}
                </ol>
              ) : null}
            </Stat>
            <Stat icon={<Gauge />} label={`Quota in ${summary.regionId} today`} value={`${formatNumber(summary.quota.used)} + ${batches} of ${formatNumber(summary.quota.limit)}`}>
              Each batch is one InvokeCommand call against the daily limit{summary.quota.source ? `: ${describeQuotaSource(summary.quota.source)}` : ''}.
            </Stat>
          </section>
          {[...(summary.instanceNotices ?? []), ...summary.schedule.notices].map((notice) => (
            <Alert key={notice} tone="warning">
              {notice}
            </Alert>
          ))}
          <dl className="grid grid-cols-[6.5rem_minmax(0,1fr)] gap-x-4 gap-y-1.5 text-[13px] sm:grid-cols-[8rem_minmax(0,1fr)]">
            <dt className="text-muted">{summary.script ? 'Script' : 'Command'}</dt>
            <dd className="font-mono">
              <span className="break-all">{summary.commandName}</span> <span className="font-sans text-muted">({COMMAND_TYPE_LABELS[summary.commandType].long}{summary.script ? (summary.script.kept ? ', saved as a command first' : ', run without saving it') : ''})</span>
            </dd>
            <dt className="text-muted">Region</dt>
            <dd className="font-mono">{summary.regionId}</dd>
            <dt className="text-muted">Runs as</dt>
            <dd className="font-mono">{summary.runAs}</dd>
            <dt className="text-muted">Rate control</dt>
            <dd>{summary.rateControl}</dd>
            {summary.secretCount ? (
              <>
                <dt className="text-muted">Secrets</dt>
                <dd>
                  {formatCount(summary.secretCount, 'secret value')} masked below; sent to Alibaba, never stored.
                </dd>
              </>
            ) : null}
          </dl>
          <div>
            <h3 className="mb-2 text-[13px] font-semibold">The exact request</h3>
            <RequestPreview batches={summary.batches} />
          </div>
        </div>
      ) : null}
    </Dialog>
  );
}

function CheckResult({ check }: { check: CheckOutcome }) {
  if (check.ok) {
    return (
      <Alert tone="success" live title="Alibaba would accept it">
        {formatCount(check.calls.length, 'call')} checked with RepeatMode=DryRun; nothing ran.
      </Alert>
    );
  }
  const refused = check.calls.filter((call) => !call.ok);
  return (
    <Alert tone="danger" live title={`Alibaba would refuse ${refused.length === check.calls.length ? 'it' : `${refused.length} of ${check.calls.length} calls`}`}>
      <ul className="space-y-1">
        {refused.map((call) => (
          <li key={call.batch}>
            {check.calls.length > 1 ? `Batch ${call.batch}: ` : ''}
            <span className="font-mono">{call.code}</span> — {call.message}
          </li>
        ))}
      </ul>
      <p className="mt-1 text-xs opacity-80">Checked with RepeatMode=DryRun; nothing ran.</p>
    </Alert>
  );
}

function Stat({ icon, label, value, children }: { icon: ReactNode; label: string; value: string; children?: ReactNode }) {
  return (
    <div className="rounded-md border border-line bg-surface-2/40 p-3">
      <div className="flex items-center gap-1.5 text-xs font-medium text-muted [&>svg]:size-3.5">
        {icon}
        {label}
      </div>
      <p className="mt-1 text-sm font-semibold text-ink">{value}</p>
      {children ? <div className="mt-1 text-xs text-muted">{children}</div> : null}
    </div>
  );
}
