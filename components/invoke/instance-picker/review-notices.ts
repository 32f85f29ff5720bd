import { type PickerInstance } from '@/components/invoke/instance-picker/types';
import { eligibility } from '@/lib/invoke/eligibility';
import { instanceInfoOf } from '@/lib/invoke/types';

const NAMED = 3;

/**
 * What the review warns about the chosen instances: those eligible only with a warning (live
 * mode's classic network), grouped by warning and named, since one refusal fails its whole batch.
 */
export function instanceNotices(instances: readonly PickerInstance[], chosenIds: readonly string[]): string[] {
  const chosen = new Set(chosenIds);
  const byWarning = new Map<string, string[]>();
  for (const instance of instances) {
    if (!chosen.has(instance.instanceId)) continue;
    const verdict = eligibility(instanceInfoOf(instance), null);
    if (!verdict.eligible || !verdict.warning) continue;
    byWarning.set(verdict.warning, [...(byWarning.get(verdict.warning) ?? []), instance.name || instance.instanceId]);
  }
  return [...byWarning.entries()].map(([warning, names]) => {
    const shown = names.slice(0, NAMED).join(', ') + (names.length > NAMED ? ` and ${names.length - NAMED} more` : '');
    const count = names.length === 1 ? '1 chosen instance' : `${names.length} chosen instances`;
    return `${warning}: ${count} (${shown}). If Alibaba refuses one, the whole batch it is in fails.`;
  });
}
