import { ScrollText } from 'lucide-react';
import { Link } from '@/components/ui/link';

import { EmptyState } from '@/components/ui/empty-state';
import { TimeAgo } from '@/components/ui/time-ago';
import { auditTargetHref, auditWords } from '@/lib/audit/wording';
import { type AuditRecord } from '@/lib/db/audit';
import { describeRateControl } from '@/lib/invoke/rate-control';

import { AuditClient } from './audit-client';

function Target({ action, target }: { action: string; target: string }) {
  const href = auditTargetHref(action, target);
  if (!href) return <span className="font-mono text-xs break-all">{target}</span>;
  return (
    <Link href={href} className="font-mono text-xs break-all text-accent-700 hover:underline dark:text-accent-400">
      {target}
    </Link>
  );
}

/** Newest first. On a phone the time and where it came from share a line above what happened. */
export function AuditList({ entries, filtered = false }: { entries: AuditRecord[]; filtered?: boolean }) {
  if (entries.length === 0) {
    return filtered ? (
      <EmptyState icon={<ScrollText />} title="No entries match this filter">
        Widen the time range, or clear a field.
      </EmptyState>
    ) : (
      <EmptyState icon={<ScrollText />} title="Nothing recorded yet" />
    );
  }
  return (
    <ol className="divide-y divide-line" aria-label="Audit log">
      {entries.map((entry) => ({ entry, words: auditWords(entry) })).map(({ entry, words }) => (
        <li key={entry.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-0.5 px-4 py-2.5 text-[13px] sm:flex-nowrap sm:px-5">
          <TimeAgo iso={entry.at} className="order-1 shrink-0 text-xs text-muted tabular sm:w-20" />
          <p className="order-3 min-w-0 basis-full text-ink sm:order-2 sm:basis-auto">
            <span className="font-medium">{words.actor}</span> <span className="text-muted">{words.verb}</span>{' '}
            {words.target ? <Target action={entry.action} target={words.target} /> : null}
            {words.note ? <span className="text-muted"> ({words.note})</span> : null}
            {entry.action === 'user.role' && entry.detail ? <RoleChange detail={entry.detail} /> : null}
            {entry.action === 'launch.create' && entry.detail ? <LaunchSummary detail={entry.detail} /> : null}
            {entry.action === 'launch.halt' && entry.detail ? <HaltReason detail={entry.detail} /> : null}
            {entry.action === 'invocation.stop' && entry.detail?.includes('"foreign":true') ? <span className="text-muted"> (made outside InvokeDeck)</span> : null}
          </p>
          <div className="order-2 ml-auto shrink-0 sm:order-3">
            <AuditClient sourceIp={entry.sourceIp} userAgent={entry.userAgent} />
          </div>
        </li>
      ))}
    </ol>
  );
}

function RoleChange({ detail }: { detail: string }) {
  const parsed = JSON.parse(detail) as { from?: string; to?: string };
  return (
    <span className="text-muted">
      {' '}
      ({parsed.from} → {parsed.to})
    </span>
  );
}

/**
 * "(health-check.sh on 114 instances in cn-shanghai, Period; 1 batch at a time; stop at the
 * first failure)": what a launch was, at a glance, with its rate control when it had one.
 */
function LaunchSummary({ detail }: { detail: string }) {
  const parsed = JSON.parse(detail) as { command?: string; instances?: number; region?: string; repeatMode?: string; rateControl?: string };
  if (!parsed.command) return null;
  const rate = parsed.rateControl && parsed.rateControl !== describeRateControl(null) ? `; ${parsed.rateControl.charAt(0).toLowerCase()}${parsed.rateControl.slice(1)}` : '';
  return (
    <span className="text-muted">
      {' '}
      ({parsed.command} on {parsed.instances ?? '?'} instance{parsed.instances === 1 ? '' : 's'} in {parsed.region}, {parsed.repeatMode}
      {rate})
    </span>
  );
}

/** "(Error threshold reached: 1 of 98 instances failed, …)": why the engine sent no more batches. */
function HaltReason({ detail }: { detail: string }) {
  const parsed = JSON.parse(detail) as { reason?: string };
  return parsed.reason ? <span className="text-muted"> ({parsed.reason})</span> : null;
}
