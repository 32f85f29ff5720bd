'use client';

import { ShieldCheck, Trash2 } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { TimeAgo } from '@/components/ui/time-ago';

import { type ApprovalRuleItem, type RemoveApprovalRuleAction } from './action-types';

/** The admin's approval rules in words; removing one asks first, naming it. */
export function ApprovalRuleList({ rules, remove }: { rules: ApprovalRuleItem[]; remove: RemoveApprovalRuleAction }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [removing, setRemoving] = useState<ApprovalRuleItem | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (rules.length === 0) {
    return (
      <EmptyState icon={<ShieldCheck />} title="No approval rules">
        Every launch is sent as soon as it is made. Add a rule to have large or sensitive launches wait for a second operator.
      </EmptyState>
    );
  }

  const confirm = (rule: ApprovalRuleItem) =>
    startTransition(async () => {
      setError(null);
      const result = await remove({ ruleId: rule.id });
      if (!result.ok) setError(result.message);
      setRemoving(null);
      router.refresh();
    });

  return (
    <div>
      {error ? (
        <Alert tone="danger" live className="m-4">
          {error}
        </Alert>
      ) : null}
      <ul aria-label="Approval rules" className="divide-y divide-line">
        {rules.map((rule) => (
          <li key={rule.id} aria-label={rule.description} className="flex flex-wrap items-start justify-between gap-3 px-5 py-3.5">
            <div className="min-w-0 space-y-0.5">
              <p className="text-sm font-medium text-ink">{rule.description}</p>
              <p className="text-xs text-muted">
                Added by {rule.createdBy} <TimeAgo iso={rule.createdAt} />
              </p>
            </div>
            <Button size="sm" variant="ghost" onClick={() => setRemoving(rule)} aria-label={`Remove the rule: ${rule.description}`}>
              <Trash2 aria-hidden className="size-3.5" />
              Remove
            </Button>
          </li>
        ))}
      </ul>
      <Dialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        title="Remove this approval rule?"
        description={removing ? `${removing.description} will no longer need approval. Launches already waiting keep waiting for a decision.` : undefined}
        footer={
          <>
            <Button onClick={() => setRemoving(null)}>Keep it</Button>
            <Button variant="danger" disabled={pending} onClick={() => removing && confirm(removing)} data-autofocus>
              Remove rule
            </Button>
          </>
        }
      />
    </div>
  );
}
