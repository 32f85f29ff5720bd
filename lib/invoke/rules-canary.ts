import { batchCount } from '@/lib/invoke/batches';
import type { RuleIssue } from '@/lib/invoke/codes';
import type { InvokeDraft } from '@/lib/invoke/draft';
import { batchingLimits, pauseOf } from '@/lib/invoke/rate-control';
import type { InvokeContext } from '@/lib/invoke/types';

const CODE = 'InvalidParameter.RateControl' as const;

/**
 * A canary's rules, which need the launch's size (the rate-control schema alone cannot know
 * it): a first batch no larger than the launch, and a pause only where a later batch is left
 * to hold back. Refused rather than warned, so the form and the server agree.
 */
export function canaryRules(draft: InvokeDraft, context: Pick<InvokeContext, 'limits'>): RuleIssue[] {
  const rate = draft.rateControl;
  const pause = pauseOf(rate);
  if (!rate || (pause === 'none' && !rate.firstBatch)) return [];
  if (draft.resourceTags?.length) {
    return [{ path: ['rateControl', pause === 'none' ? 'firstBatch' : 'pause'], code: CODE, message: 'Canary: a tag target is sent as one call, so no batch is left to hold back. Target instances by ID for a canary.' }];
  }
  const total = draft.instanceIds.length;
  if (total === 0) return [];
  const issues: RuleIssue[] = [];
  if (rate.firstBatch?.kind === 'instances' && rate.firstBatch.value > total) {
    issues.push({ path: ['rateControl', 'firstBatch', 'value'], code: CODE, message: `First batch: ${rate.firstBatch.value} instances is more than the launch's ${total}. Choose at most ${total}.` });
  }
  const batches = batchCount(total, batchingLimits(context.limits, rate, total));
  if (pause !== 'none' && batches < 2) {
    issues.push({
      path: ['rateControl', 'pause'],
      code: CODE,
      message: `Pause: this launch is one batch of ${total === 1 ? '1 instance' : `${total} instances`}, so nothing is left to pause for. Make the first batch smaller, or choose no pause.`,
    });
  }
  return issues;
}
