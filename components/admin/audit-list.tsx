import { ScrollText } from 'lucide-react';
import Link from 'next/link';

import { EmptyState } from '@/components/ui/empty-state';
import { TimeAgo } from '@/components/ui/time-ago';
import { type AuditRecord } from '@/lib/db/audit';
import { describeRateControl } from '@/lib/invoke/rate-control';

const LABELS: Record<string, string> = {
  'auth.sign_in': 'signed in',
  'auth.sign_in_failed': 'failed to sign in',
  'auth.sign_out': 'signed out',
  'user.create': 'created account',
  'user.role': 'changed the role of',
  'user.password_reset': 'reset the password of',
  'user.disable': 'disabled',
  'user.enable': 'enabled',
  'launch.create': 'launched',
  'launch.resend_batch': 'resent a batch of launch',
  'launch.stop': 'stopped launch',
  'launch.halt': 'held back the rest of launch',
  'invocation.stop': 'stopped',
  'preset.create': 'saved preset',
  'preset.save': 'changed preset',
  'preset.rename': 'renamed preset',
  'preset.restore': 'restored a version of preset',
  'preset.delete': 'deleted preset',
};

/** Where an entry's target can be opened: launches, InvokeIds and presets have pages. */
function targetHref(action: string, target: string): string | null {
  if (action.startsWith('launch.')) return `/invocations/launches/${encodeURIComponent(target)}`;
  if (action === 'invocation.stop') return `/invocations/${encodeURIComponent(target)}`;
  if (action.startsWith('preset.')) return `/presets/${encodeURIComponent(target)}`;
  return null;
}

function Target({ action, target }: { action: string; target: string }) {
  const href = targetHref(action, target);
  if (!href) return <span className="font-mono text-xs">{target}</span>;
  return (
    <Link href={href} className="font-mono text-xs text-accent-700 hover:underline dark:text-accent-400">
      {target}
    </Link>
  );
}

export function AuditList({ entries }: { entries: AuditRecord[] }) {
  if (entries.length === 0) return <EmptyState icon={<ScrollText />} title="Nothing recorded yet" />;
  return (
    <ol className="divide-y divide-line" aria-label="Audit log">
      {entries.map((entry) => (
        <li key={entry.id} className="flex items-baseline gap-3 px-5 py-2.5 text-[13px]">
          <TimeAgo iso={entry.at} className="w-20 shrink-0 text-xs text-muted tabular" />
          <p className="min-w-0 text-ink">
            <span className="font-medium">{entry.actorUsername ?? (entry.action === 'auth.sign_in_failed' ? 'someone' : 'system')}</span>{' '}
            <span className="text-muted">{LABELS[entry.action] ?? entry.action}</span>{' '}
            {entry.target ? <Target action={entry.action} target={entry.target} /> : null}
            {entry.action === 'user.role' && entry.detail ? <RoleChange detail={entry.detail} /> : null}
            {entry.action === 'launch.create' && entry.detail ? <LaunchSummary detail={entry.detail} /> : null}
            {entry.action === 'launch.halt' && entry.detail ? <HaltReason detail={entry.detail} /> : null}
            {entry.action === 'invocation.stop' && entry.detail?.includes('"foreign":true') ? <span className="text-muted"> (made outside InvokeDeck)</span> : null}
          </p>
          <span className="ml-auto shrink-0 font-mono text-xs text-muted tabular" title={entry.userAgent ?? undefined}>
            {entry.sourceIp ?? '—'}
          </span>
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
