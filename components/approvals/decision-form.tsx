'use client';

import { Check, X } from 'lucide-react';
import { useState, useTransition } from 'react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/input';

import { type DecideLaunchAction } from './action-types';

/**
 * Approve (after a confirmation naming what will be sent) or reject (with a comment, which the
 * requester reads). Errors stay here, in place: a decision someone else made first, a refusal.
 */
export function DecisionForm({
  launch,
  decide,
  onDecided,
}: {
  launch: { launchId: string; commandName: string; regionId: string; instances: string };
  decide: DecideLaunchAction;
  onDecided: () => void;
}) {
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();

  const send = (decision: 'approve' | 'reject') =>
    startTransition(async () => {
      setError(null);
      const result = await decide({ launchId: launch.launchId, decision, comment });
      setConfirming(false);
      if (!result.ok) {
        setCommentError(result.fieldErrors?.comment?.[0]);
        setError(result.message);
        return;
      }
      onDecided();
    });

  const reject = () => {
    if (!comment.trim()) {
      setCommentError('Say why it is rejected, so the requester knows what to change.');
      return;
    }
    setCommentError(undefined);
    send('reject');
  };

  return (
    <form aria-label="Decide on this launch" onSubmit={(event) => event.preventDefault()} className="space-y-3 border-t border-line pt-4">
      {error ? (
        <Alert tone="danger" live>
          {error}
        </Alert>
      ) : null}
      <Field label="Comment" hint="Required to reject; optional to approve. The requester and the audit log see it." error={commentError}>
        {(control) => (
          <Textarea
            {...control}
            value={comment}
            maxLength={2000}
            onChange={(event) => {
              setComment(event.target.value);
              if (commentError && event.target.value.trim()) setCommentError(undefined);
            }}
            placeholder="What you checked, or what to change"
          />
        )}
      </Field>
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="danger" disabled={pending} onClick={reject}>
          <X aria-hidden className="size-4" />
          Reject
        </Button>
        <Button variant="primary" disabled={pending} onClick={() => setConfirming(true)}>
          <Check aria-hidden className="size-4" />
          Approve
        </Button>
      </div>
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title="Approve and send this launch?"
        description={`${launch.commandName} will be sent to ${launch.instances} in ${launch.regionId} as it was reviewed.`}
        footer={
          <>
            <Button onClick={() => setConfirming(false)}>Not yet</Button>
            <Button variant="primary" disabled={pending} onClick={() => send('approve')} data-autofocus>
              Approve and send
            </Button>
          </>
        }
      >
        {comment.trim() ? (
          <p className="text-sm text-muted">
            With your comment: <span className="text-ink">{comment.trim()}</span>
          </p>
        ) : null}
      </Dialog>
    </form>
  );
}
