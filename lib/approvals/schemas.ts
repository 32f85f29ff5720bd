import { z } from 'zod';

import { isRegionId } from '@/lib/invoke/region';

/** An admin's approval rule as the form sends it; at least one condition or a region. */
export const approvalRuleSchema = z
  .object({
    regionId: z.string().max(64).refine((value) => value === '' || isRegionId(value), 'Region: choose a region, or every region.'),
    minInstances: z.number({ error: 'Instances: a whole number.' }).int('Instances: a whole number.').min(0, 'Instances: 0 or more.').max(100_000).nullable(),
    tagKey: z.string().max(128, 'Tag key: at most 128 characters.'),
    tagValue: z.string().max(128, 'Tag value: at most 128 characters.'),
  })
  .refine((rule) => rule.regionId !== '' || rule.minInstances !== null || rule.tagKey.trim() !== '', {
    message: 'Set a region, an instance count or a tag: a rule with none would hold every launch everywhere.',
    path: ['minInstances'],
  });

export type ApprovalRuleInput = z.infer<typeof approvalRuleSchema>;

export const decisionSchema = z.object({
  launchId: z.uuid('Not a launch ID.'),
  decision: z.enum(['approve', 'reject']),
  comment: z.string().max(2_000, 'Comment: at most 2,000 characters.'),
});
