import { batchCount } from '@/lib/invoke/batches';
import type { RuleIssue } from '@/lib/invoke/codes';
import type { InvokeDraft } from '@/lib/invoke/draft';
import { targetsTags } from '@/lib/invoke/draft-kind';
import { isCommandId, isInstanceId } from '@/lib/invoke/ids';
import { eligibility } from '@/lib/invoke/eligibility';
import { quotaRemaining } from '@/lib/invoke/quota';
import type { InvokeContext, InvokeInstanceInfo } from '@/lib/invoke/types';

/** Command, instances and the daily quota against what ECS says (their shapes: rules-shape.ts). */
export function targetRules(
  draft: InvokeDraft,
  context: InvokeContext,
  instances: ReadonlyMap<string, InvokeInstanceInfo>,
): RuleIssue[] {
  return [...commandRules(draft, context), ...instanceRules(draft, context, instances), ...quotaRules(draft, context)];
}

function commandRules({ commandId }: InvokeDraft, { command }: InvokeContext): RuleIssue[] {
  if (!isCommandId(commandId)) return [];
  if (command?.commandId !== commandId) {
    return [
      {
        path: ['commandId'],
        code: 'InvalidCmdId.NotFound',
        message: `Command ${commandId} was not found in this region. It may have been deleted; choose another command.`,
      },
    ];
  }
  return [];
}

function instanceRules(
  { instanceIds, repeatMode, frequency, commandId }: InvokeDraft,
  { command, instancesChecked }: InvokeContext,
  instances: ReadonlyMap<string, InvokeInstanceInfo>,
): RuleIssue[] {
  const deferred = instancesChecked === 'before-each-batch';
  // The OS is judged only against the command the draft names; a mismatch is reported above.
  const known = command?.commandId === commandId ? command : null;
  const issues: RuleIssue[] = [];
  const seen = new Set<string>();
  instanceIds.forEach((instanceId, index) => {
    const path = ['instanceIds', index];
    if (!isInstanceId(instanceId)) return;
    if (seen.has(instanceId)) {
      issues.push({ path, code: 'InvalidParameter.InstanceId', message: `Instance ${instanceId} is chosen twice. Remove one.` });
      return;
    }
    seen.add(instanceId);
    if (deferred) return;
    const instance = instances.get(instanceId);
    if (!instance) {
      issues.push({
        path,
        code: 'InvalidInstance.NotFound',
        message: `Instance ${instanceId} was not found in this region. It may have been released; remove it.`,
        details: { instanceId },
      });
      return;
    }
    const verdict = eligibility(instance, known, { repeatMode, frequency });
    if (!verdict.eligible) {
      issues.push({
        path,
        code: 'InvalidInstance.NotMatch',
        message: `Instance ${describe(instance)} cannot run this command: ${verdict.reason}. Remove it from the selection.`,
        details: { instanceId, reason: verdict.reason, reasonCode: verdict.code },
      });
    }
  });
  return issues;
}

function quotaRules(draft: InvokeDraft, { quota, limits }: InvokeContext): RuleIssue[] {
  // A tag target is one call, however many instances its tags match.
  const calls = targetsTags(draft) ? 1 : batchCount(draft.instanceIds.length, limits);
  const remaining = quotaRemaining(quota);
  if (calls === 0 || calls <= remaining) return [];
  const needs = calls === 1 ? '1 InvokeCommand call' : `${calls} InvokeCommand calls (batches of ${limits.instancesPerCall})`;
  const message =
    remaining === 0
      ? `Instances: the region's daily quota of ${quota.limit} InvokeCommand calls is used up. Launch after 00:00 UTC, when it resets.`
      : `Instances: this launch needs ${needs}, but only ${remaining} of the region's ${quota.limit} daily calls are left. ` +
        'Choose fewer instances, or launch after 00:00 UTC, when the quota resets.';
  return [
    {
      path: [targetsTags(draft) ? 'resourceTags' : 'instanceIds'],
      code: 'Invocation.ExceedQuota',
      message,
      details: { calls, remaining, limit: quota.limit },
    },
  ];
}

function describe(instance: InvokeInstanceInfo): string {
  return instance.name ? `${instance.instanceId} (${instance.name})` : instance.instanceId;
}
