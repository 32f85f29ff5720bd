import type { RuleIssue } from '@/lib/invoke/codes';
import type { InvokeDraft } from '@/lib/invoke/draft';
import { targetsTags } from '@/lib/invoke/draft-kind';
import { isCommandId, isInstanceId, MAX_LAUNCH_INSTANCES } from '@/lib/invoke/ids';
import { isRegionId } from '@/lib/invoke/region';
import { formatNumber } from '@/lib/format';

/**
 * The rules that need nothing from ECS: region, command and instance IDs by their shape, and
 * the launch's size. The server runs them before it asks ECS anything about a draft.
 */
export function shapeRules(draft: InvokeDraft): RuleIssue[] {
  const { regionId, commandId, instanceIds } = draft;
  return [
    ...regionRules(regionId),
    ...(draft.script ? scriptSourceRules(commandId) : commandIdRules(commandId)),
    ...(targetsTags(draft) ? [] : instanceIdRules(instanceIds)),
  ];
}

/** A script is run instead of a saved command (RunCommand has no CommandId). */
function scriptSourceRules(commandId: string): RuleIssue[] {
  if (commandId.trim() === '') return [];
  return [{ path: ['commandId'], code: 'InvalidParameter.CommandId', message: 'Command: run either a saved command or a script, not both. Clear the command, or switch back to saved commands.' }];
}

function regionRules(regionId: string): RuleIssue[] {
  if (regionId.trim() === '') {
    return [{ path: ['regionId'], code: 'MissingParameter.RegionId', message: 'Region is required. Choose a region.' }];
  }
  if (!isRegionId(regionId)) {
    return [{ path: ['regionId'], code: 'InvalidParameter.RegionId', message: 'Region: that is not a region ID (like cn-hangzhou). Choose a region from the list.' }];
  }
  return [];
}

function commandIdRules(commandId: string): RuleIssue[] {
  if (commandId.trim() === '') {
    return [{ path: ['commandId'], code: 'MissingParameter.CommandId', message: 'Command is required. Choose a command.' }];
  }
  if (!isCommandId(commandId)) {
    return [{ path: ['commandId'], code: 'InvalidParameter.CommandId', message: 'Command: that is not a command ID (like c-hz0jdf1a2b3c). Choose a command from the list.' }];
  }
  return [];
}

function instanceIdRules(instanceIds: readonly string[]): RuleIssue[] {
  if (instanceIds.length === 0) {
    return [{ path: ['instanceIds'], code: 'MissingParameter.InstanceIds', message: 'Instances: choose at least one instance.' }];
  }
  if (instanceIds.length > MAX_LAUNCH_INSTANCES) {
    return [{ path: ['instanceIds'], code: 'InvalidParameter.InstanceId', message: `Instances: at most ${formatNumber(MAX_LAUNCH_INSTANCES)} in one launch; ${formatNumber(instanceIds.length)} are chosen.` }];
  }
  const issues: RuleIssue[] = [];
  instanceIds.forEach((instanceId, index) => {
    // One message per list is enough for a hand-made payload; the form never builds one.
    if (issues.length < 20 && !isInstanceId(instanceId)) {
      issues.push({ path: ['instanceIds', index], code: 'InvalidParameter.InstanceId', message: 'Instances: an entry is not an instance ID (like i-uf6abc123). Remove it.' });
    }
  });
  return issues;
}
