import type { z } from 'zod';
import type { RuleIssue } from '@/lib/invoke/codes';
import { invokeDraftSchema, type InvokeDraft } from '@/lib/invoke/draft';
import { FIELD_LABELS } from '@/lib/invoke/field-labels';
import { parameterRules } from '@/lib/invoke/rules-parameters';
import { canaryRules } from '@/lib/invoke/rules-canary';
import { extraRules } from '@/lib/invoke/rules-extras';
import { runAsRules } from '@/lib/invoke/rules-run-as';
import { scriptRules } from '@/lib/invoke/rules-script';
import { scheduleRules } from '@/lib/invoke/rules-schedule';
import { shapeRules } from '@/lib/invoke/rules-shape';
import { targetRules } from '@/lib/invoke/rules-target';
import type { InvokeContext, InvokeInstanceInfo } from '@/lib/invoke/types';

const FIELD_ORDER = Object.keys(FIELD_LABELS);

/**
 * Every rule a draft breaks in this context, in the form's field order. The schema below is
 * the way to use it; this is exported for callers that want the rules without zod.
 */
export function checkInvokeDraft(
  draft: InvokeDraft,
  context: InvokeContext,
  instances: ReadonlyMap<string, InvokeInstanceInfo> = indexInstances(context),
): RuleIssue[] {
  const issues = [
    ...shapeRules(draft),
    ...scriptRules(draft),
    ...targetRules(draft, context, instances),
    ...extraRules(draft, context),
    ...scheduleRules(draft, context),
    ...parameterRules(draft, context),
    ...runAsRules(draft, context),
    ...canaryRules(draft, context),
  ];
  const rank = (issue: RuleIssue) => FIELD_ORDER.indexOf(String(issue.path[0]));
  return issues.sort((a, b) => rank(a) - rank(b));
}

/**
 * The launch schema for one context: the browser form (zodResolver) and the server action
 * both parse with it. Build it again when the context changes (memoise it in the form: the
 * instance index is built once per schema). Each issue carries the Alibaba error code it
 * mirrors in `params.code`, plus facts such as `params.instanceId`.
 */
export function createInvokeSchema(context: InvokeContext) {
  const instances = indexInstances(context);
  return invokeDraftSchema
    .superRefine((draft, ctx) => {
      for (const issue of checkInvokeDraft(draft, context, instances)) {
        ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, params: { ...issue.details, code: issue.code } });
      }
    })
    .brand<'ValidInvokeDraft'>();
}

export type InvokeSchema = ReturnType<typeof createInvokeSchema>;

/** The draft's shape with the rules that need nothing from ECS (what the server checks before asking it). */
export const draftShapeSchema = invokeDraftSchema.superRefine((draft, ctx) => {
  for (const issue of shapeRules(draft)) {
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, params: { ...issue.details, code: issue.code } });
  }
});

/** A draft that passed the schema; the request builder takes nothing else. */
export type ValidInvokeDraft = z.output<InvokeSchema>;

function indexInstances({ instances }: InvokeContext): Map<string, InvokeInstanceInfo> {
  return new Map(instances.map((instance) => [instance.instanceId, instance]));
}
