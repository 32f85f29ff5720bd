import { type z } from 'zod';

import { type ActionResult } from '@/lib/action-result';
import { type ApprovalRuleInput, type decisionSchema } from '@/lib/approvals/schemas';
import { type LaunchResult } from '@/lib/launches/result';

/** The approval actions as the pages hand them to these components: the schemas' own types. */
export type AddApprovalRuleAction = (input: ApprovalRuleInput) => Promise<ActionResult<void>>;
export type RemoveApprovalRuleAction = (input: { ruleId: string }) => Promise<ActionResult<void>>;
export type DecideLaunchAction = (input: z.input<typeof decisionSchema>) => Promise<ActionResult<{ state: 'approved' | 'rejected' }>>;

/** Where a launch's request for approval stands. */
export type LaunchApproval = NonNullable<LaunchResult['approval']>;

/** An admin's rule as the list shows it: in words, with who added it and when. */
export interface ApprovalRuleItem {
  id: string;
  description: string;
  createdBy: string;
  createdAt: string;
}
