/** An admin's rule: launches in a region (or any) that are large, or touch a tagged instance, need a second operator's approval. */
export interface ApprovalRule {
  id: string;
  /** Null: every region. */
  regionId: string | null;
  /** More than this many instances; null: any size. */
  minInstances: number | null;
  /** An instance with this tag; null: any tags. An empty value matches any value of the key. */
  tagKey: string | null;
  tagValue: string | null;
}

/** What a launch would touch, as far as the server knows before sending it. */
export interface LaunchTarget {
  regionId: string;
  /** Null when unknown: a tag target, resolved by Alibaba only when sent. */
  instanceCount: number | null;
  /** The chosen instances' tags; null when they were not looked up (a launch too large to check at once). */
  instanceTags: ReadonlyArray<ReadonlyArray<{ key: string; value: string }>> | null;
  /** A tag target's own rule. */
  resourceTags: ReadonlyArray<{ key: string; value: string }>;
}

/**
 * Why a launch needs approval, one sentence per rule that applies; empty when none does. A
 * rule applies when its region matches and every condition it sets holds. Where the server
 * cannot know (a tag target's size, the tags of instances it did not look up), the rule is
 * taken to apply: the two-person rule errs on the side of a second look.
 */
export function approvalReasons(rules: readonly ApprovalRule[], target: LaunchTarget): string[] {
  const reasons: string[] = [];
  for (const rule of rules) {
    if (rule.regionId !== null && rule.regionId !== target.regionId) continue;
    const size = sizeCondition(rule, target);
    const tag = tagCondition(rule, target);
    if (size === false || tag === false) continue;
    reasons.push([size, tag].filter((part): part is string => typeof part === 'string').join(' and ') || `every launch${rule.regionId ? ` in ${rule.regionId}` : ''} needs approval`);
  }
  return [...new Set(reasons)];
}

/** `true`-ish text when the condition holds (or is unknown), false when it does not, null when the rule sets none. */
function sizeCondition(rule: ApprovalRule, target: LaunchTarget): string | false | null {
  if (rule.minInstances === null) return null;
  if (target.instanceCount === null) return `a tag target (its size is known only when sent; the rule is more than ${instances(rule.minInstances)})`;
  return target.instanceCount > rule.minInstances ? `more than ${instances(rule.minInstances)} (${target.instanceCount})` : false;
}

function tagCondition(rule: ApprovalRule, target: LaunchTarget): string | false | null {
  if (rule.tagKey === null) return null;
  const wanted = rule.tagValue ? `${rule.tagKey}=${rule.tagValue}` : rule.tagKey;
  const matches = (tag: { key: string; value: string }) => tag.key === rule.tagKey && (!rule.tagValue || tag.value === rule.tagValue);
  if (target.resourceTags.some(matches)) return `targets instances tagged ${wanted}`;
  if (target.instanceTags === null) return `instances not looked up may be tagged ${wanted}`;
  return target.instanceTags.some((tags) => tags.some(matches)) ? `an instance tagged ${wanted}` : false;
}

/** The rule in words, for the admin's list. */
export function describeRule(rule: ApprovalRule): string {
  const where = rule.regionId ? `in ${rule.regionId}` : 'in every region';
  const conditions = [
    ...(rule.minInstances !== null ? [`more than ${instances(rule.minInstances)}`] : []),
    ...(rule.tagKey !== null ? [`any instance tagged ${rule.tagValue ? `${rule.tagKey}=${rule.tagValue}` : rule.tagKey}`] : []),
  ];
  return conditions.length ? `Launches ${where} with ${conditions.join(' and ')}` : `Every launch ${where}`;
}

function instances(count: number): string {
  return `${count} instance${count === 1 ? '' : 's'}`;
}
