'use client';

import { CircleCheck, CircleSlash, Hourglass, type LucideIcon, ShieldQuestion, XCircle } from 'lucide-react';

import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { TimeAgo } from '@/components/ui/time-ago';
import { cn } from '@/lib/cn';

import { type DecideLaunchAction, type LaunchApproval } from './action-types';
import { DecisionForm } from './decision-form';
import { reasonWords } from './reason-words';

const STATES: Record<LaunchApproval['state'], { label: string; tone: BadgeTone; border: string; icon: LucideIcon }> = {
  requested: { label: 'Awaiting approval', tone: 'warning', border: 'border-amber-300 dark:border-amber-800', icon: Hourglass },
  approved: { label: 'Approved', tone: 'success', border: 'border-emerald-300 dark:border-emerald-900', icon: CircleCheck },
  rejected: { label: 'Rejected', tone: 'danger', border: 'border-rose-300 dark:border-rose-900', icon: XCircle },
  expired: { label: 'Expired', tone: 'neutral', border: 'border-line-strong', icon: CircleSlash },
};

const OUTCOMES: Record<LaunchApproval['state'], string> = {
  requested: 'Nothing has been sent. It is sent as reviewed once another operator approves it, and never if it is rejected or not decided in time.',
  approved: 'Approved, so it was sent as it was reviewed.',
  rejected: 'Rejected, so it was never sent; secret values typed for it were erased.',
  expired: 'Nobody decided within 24 hours, so it was never sent; secret values typed for it were erased.',
};

/**
 * The two-person rule on a launch's page: where the request stands, why it was needed, who
 * asked and who decided. An operator other than the requester approves or rejects it here;
 * the requester and viewers read it (the server refuses them anyway).
 */
export function ApprovalPanel({
  approval,
  launch,
  viewer,
  decide,
  onDecided,
}: {
  approval: LaunchApproval;
  launch: { launchId: string; commandName: string; regionId: string; instances: string };
  viewer: { username: string; canAct: boolean };
  decide?: DecideLaunchAction | undefined;
  onDecided: () => void;
}) {
  const state = STATES[approval.state];
  const Icon = state.icon;
  const requested = approval.state === 'requested';
  const ownRequest = approval.requestedBy === viewer.username;
  return (
    <Card className={cn('border-l-4', state.border)}>
      <section aria-labelledby="approval-heading" className="space-y-4 px-5 py-4">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <Icon aria-hidden className="size-5 text-muted" />
          <h2 id="approval-heading" className="text-base font-semibold text-ink">
            Approval
          </h2>
          <Badge tone={state.tone} dot>
            {state.label}
          </Badge>
        </div>
        <p className="text-sm text-muted">{OUTCOMES[approval.state]}</p>
        <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-2.5 text-sm sm:gap-x-6">
          <dt className="text-muted">Why</dt>
          <dd className="text-ink">{reasonWords(approval.reason)}</dd>
          <dt className="text-muted">Requested by</dt>
          <dd>
            <span className="font-medium text-ink">{approval.requestedBy}</span>
            {ownRequest ? <span className="text-muted"> (you)</span> : null}
          </dd>
          {requested && approval.expiresAt ? (
            <>
              <dt className="text-muted">Expires</dt>
              <dd>
                <TimeAgo iso={approval.expiresAt} className="text-ink" /> <span className="text-xs text-faint">unless decided</span>
              </dd>
            </>
          ) : null}
          {approval.decidedAt ? (
            <>
              <dt className="text-muted">{approval.state === 'expired' ? 'Expired' : approval.state === 'approved' ? 'Approved by' : 'Rejected by'}</dt>
              <dd>
                {approval.decidedBy ? <span className="font-medium text-ink">{approval.decidedBy} </span> : null}
                <TimeAgo iso={approval.decidedAt} className="text-muted" />
              </dd>
            </>
          ) : null}
          {approval.comment ? (
            <>
              <dt className="text-muted">Comment</dt>
              <dd>
                <blockquote className="rounded-md border-l-2 border-line-strong bg-surface-2 px-3 py-2 whitespace-pre-wrap text-ink">{approval.comment}</blockquote>
              </dd>
            </>
          ) : null}
        </dl>
        {requested ? <Waiting ownRequest={ownRequest} viewer={viewer} /> : null}
        {requested && viewer.canAct && !ownRequest && decide ? <DecisionForm launch={launch} decide={decide} onDecided={onDecided} /> : null}
      </section>
    </Card>
  );
}

function Waiting({ ownRequest, viewer }: { ownRequest: boolean; viewer: { canAct: boolean } }) {
  if (!ownRequest && viewer.canAct) return null;
  return (
    <p className="flex items-start gap-2 rounded-md bg-surface-2 px-3 py-2 text-sm text-ink">
      <ShieldQuestion aria-hidden className="mt-0.5 size-4 shrink-0 text-amber-600 dark:text-amber-400" />
      {ownRequest
        ? 'Waiting for another operator to approve. You requested it, so someone else must approve or reject it; this page updates when they do.'
        : 'Waiting for an operator to approve or reject it. Deciding needs the operator role.'}
    </p>
  );
}
