'use client';

import { useQueryClient } from '@tanstack/react-query';
import { type ComponentType, useState } from 'react';
import { type UseFormReturn } from 'react-hook-form';

import { type ActionFailure, type ActionResult } from '@/lib/action-result';
import { type InvokeDraft } from '@/lib/invoke/draft';
import { emptyDraft } from '@/lib/invoke/draft-defaults';
import { type Limits, type QuotaAnswer } from '@/lib/invoke/limits';
import { type ValidInvokeDraft } from '@/lib/invoke/schema';
import { type InvokeCommandInfo } from '@/lib/invoke/types';
import { type LaunchResult } from '@/lib/launches/result';

import { type PickerInstance } from './instance-picker/types';
import { loadReview } from './lazy-launch-parts';
import { type CheckOutcome, type ReviewDialog, type ReviewSummary } from './review-dialog';

export type LaunchAction = (input: { launchId: string; draft: InvokeDraft; presetId?: string | null; notify?: string[] }) => Promise<ActionResult<LaunchResult>>;
export type CheckAction = (input: { launchId: string; draft: InvokeDraft }) => Promise<ActionResult<CheckOutcome>>;

export interface ReviewFlowInput {
  form: UseFormReturn<InvokeDraft>;
  command: InvokeCommandInfo | null;
  instances: readonly PickerInstance[];
  limits: Limits;
  quota: Pick<QuotaAnswer, 'used' | 'limit'>;
  operator: string | undefined;
  launchCommand: LaunchAction;
  checkCommand: CheckAction | undefined;
  presetId: string | null;
  notify: string[];
}

/**
 * From the filled form to a launch: Review launch (the form validated, the exact request built),
 * Check only (each call as a DryRun), the launch itself, and what the server answered: the
 * result, or a failure whose field errors go back onto the form.
 */
export function useReviewFlow({ form, command, instances, limits, quota, operator, launchCommand, checkCommand, presetId, notify }: ReviewFlowInput) {
  const queryClient = useQueryClient();
  const [review, setReview] = useState<{ summary: ReviewSummary; draft: ValidInvokeDraft; launchId: string } | null>(null);
  // The dialog's module, kept once fetched so the dialog stays mounted (and closes as before).
  const [Review, setReviewDialog] = useState<ComponentType<Parameters<typeof ReviewDialog>[0]> | null>(null);
  const [launching, setLaunching] = useState(false);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [result, setResult] = useState<LaunchResult | null>(null);
  const [checking, setChecking] = useState(false);
  const [check, setCheck] = useState<CheckOutcome | null>(null);

  const openReview = form.handleSubmit(async (values) => {
    if (!command) return;
    // Parsed by the launch schema: the resolver hands back the branded, validated draft.
    const draft = values as ValidInvokeDraft;
    const launchId = review?.launchId ?? crypto.randomUUID();
    // Fetched on the first review (or on the operator's first input): it words the schedule (cronstrue) and builds the request.
    const [{ buildReview }, dialog] = await loadReview();
    setReviewDialog(() => dialog.ReviewDialog);
    const summary = buildReview({ draft, command, instances, launchId, limits, quota, now: new Date(), ...(operator && { operator }) });
    setFailure(null);
    setCheck(null);
    setReview({ summary, draft, launchId });
  });

  const checkOnly = async () => {
    if (!review || !checkCommand) return;
    setChecking(true);
    setCheck(null);
    const outcome = await checkCommand({ launchId: review.launchId, draft: review.draft });
    setChecking(false);
    if (outcome.ok) setCheck(outcome.data);
    else setFailure(outcome);
  };

  const confirmLaunch = async () => {
    if (!review) return;
    setLaunching(true);
    const outcome = await launchCommand({ launchId: review.launchId, draft: review.draft, presetId, notify });
    setLaunching(false);
    void queryClient.invalidateQueries({ queryKey: ['quota', review.draft.regionId] });
    if (outcome.ok) {
      setResult(outcome.data);
      setReview(null);
      window.scrollTo({ top: 0, behavior: 'smooth' });
      return;
    }
    setFailure(outcome);
    if (outcome.fieldErrors) {
      // The server found what the browser could not (a command deleted, an instance stopped
      // meanwhile): put each message on its field and go back to the form.
      // …and refresh what the form knows, so the picker shows the stopped instance as such.
      void queryClient.invalidateQueries({ queryKey: ['instances', review.draft.regionId] });
      void queryClient.invalidateQueries({ queryKey: ['commands', review.draft.regionId] });
      for (const [path, messages] of Object.entries(outcome.fieldErrors)) {
        const field = path.replace(/^draft\./, '');
        if (messages[0] && field !== 'root') form.setError(field as keyof InvokeDraft, { type: 'server', message: messages[0] });
      }
      setReview(null);
    }
  };

  const startOver = () => {
    setResult(null);
    setReview(null);
    form.reset({ ...emptyDraft(form.getValues('regionId')) });
  };

  return { review, closeReview: () => setReview(null), Review, launching, failure, result, checking, check, openReview, checkOnly, confirmLaunch, startOver };
}
