import { type Limits, type QuotaSource } from '@/lib/invoke/limits';
import { batchingLimits, describeRateControl } from '@/lib/invoke/rate-control';
import { targetsTags } from '@/lib/invoke/draft-kind';
import { executionTags } from '@/lib/invoke/execution-tags';
import { buildInvokeRequests } from '@/lib/invoke/request';
import { describeTagRule, matchesTags } from '@/lib/invoke/tag-matches';
import { type ValidInvokeDraft } from '@/lib/invoke/schema';
import { type InvokeCommandInfo, type RepeatMode } from '@/lib/invoke/types';
import { describeFrequency, daylightSavingWarnings, formatRun, nextRuns, parseFrequency, timeZoneNotice } from '@/lib/schedule';

import { type PickerInstance } from './instance-picker';
import { instanceNotices } from './instance-picker/review-notices';
import { type ReviewSummary } from './review-dialog';

const MODE_TITLES: Record<RepeatMode, string> = {
  Once: 'Runs once',
  Period: 'Schedule',
  NextRebootOnly: 'Next reboot',
  EveryReboot: 'Every reboot',
};

const MODE_WORDS: Record<Exclude<RepeatMode, 'Period'>, string> = {
  Once: 'Right after launch',
  NextRebootOnly: 'At the next boot of each instance',
  EveryReboot: 'At every boot of each instance',
};

/** Everything the review dialog shows for a validated draft. */
export function buildReview(input: {
  draft: ValidInvokeDraft;
  command: InvokeCommandInfo;
  instances: readonly PickerInstance[];
  launchId: string;
  limits: Limits;
  quota: { used: number; limit: number; source?: QuotaSource };
  now: Date;
  /** Who launches: the server tags each execution with the launch and the operator. */
  operator?: string;
}): ReviewSummary {
  const { draft, command, now } = input;
  const byTags = targetsTags(draft);
  // A tag target names no IDs: what it matches now stands in for them, as Alibaba will resolve it when sent.
  const targetIds = byTags ? input.instances.filter((instance) => matchesTags(instance.tags, draft.resourceTags ?? [])).map((instance) => instance.instanceId) : draft.instanceIds;
  const chosen = new Set(targetIds);
  const tagCounts = new Map<string, number>();
  for (const instance of input.instances) {
    if (!chosen.has(instance.instanceId)) continue;
    for (const tag of instance.tags) tagCounts.set(`${tag.key}=${tag.value}`, (tagCounts.get(`${tag.key}=${tag.value}`) ?? 0) + 1);
  }
  const topTags = [...tagCounts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([tag, count]) => ({ tag, count }));
  const windows = command.type !== 'RunShellScript';
  return {
    regionId: draft.regionId,
    commandName: command.name,
    commandType: command.type,
    instanceCount: targetIds.length,
    ...(byTags && { tagRule: describeTagRule(draft.resourceTags ?? []) }),
    ...(draft.script && { script: { kept: draft.script.keepCommand } }),
    topTags,
    batches: buildInvokeRequests(draft, command, input.launchId, batchingLimits(input.limits, draft.rateControl, draft.instanceIds.length), {
      ...(input.operator && { executionTags: executionTags(input.launchId, input.operator) }),
    }).map((batch) => batch.masked),
    rateControl: describeRateControl(draft.rateControl, draft.instanceIds.length),
    schedule: scheduleSummary(draft, now, draft.timeout ?? command.timeout),
    runAs: draft.username || (windows ? 'System (default)' : 'root (default)'),
    quota: input.quota,
    secretCount: draft.parameters.filter((entry) => entry.secret && entry.value !== '').length,
    instanceNotices: instanceNotices(input.instances, targetIds),
  };
}

function scheduleSummary(draft: ValidInvokeDraft, now: Date, timeoutSeconds: number): ReviewSummary['schedule'] {
  if (draft.repeatMode !== 'Period') return { title: MODE_TITLES[draft.repeatMode], words: MODE_WORDS[draft.repeatMode], nextRuns: [], notices: [] };
  const parsed = parseFrequency(draft.frequency, { now, timeoutSeconds });
  if (!parsed.ok) return { title: MODE_TITLES.Period, words: parsed.message, nextRuns: [], notices: [] };
  const runs = nextRuns(parsed.frequency, { after: now, count: 5, createdAt: now, defaultTimeZone: 'UTC' });
  return {
    title: MODE_TITLES.Period,
    words: describeFrequency(parsed.frequency),
    nextRuns: runs.map((run) => formatRun(run, { frequency: parsed.frequency, defaultTimeZone: 'UTC' }).schedule.text),
    notices: [timeZoneNotice(parsed.frequency), ...daylightSavingWarnings(parsed.frequency, { now }).map((warning) => warning.message)].filter(
      (notice): notice is string => Boolean(notice),
    ),
  };
}
