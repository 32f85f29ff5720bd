import { filterInstances } from '@/components/invoke/instance-picker/filter';
import { buildSearchIndex } from '@/components/invoke/instance-picker/search-index';
import { compileQuery } from '@/components/invoke/instance-picker/search-query';
import { type PickerEligibility, type PickerInstance } from '@/components/invoke/instance-picker/types';
import { type InstanceFilter } from '@/lib/invoke/instance-filter';

export interface ResolvedFilter {
  /** How many instances match the search, eligible or not. */
  matched: number;
  /** The eligible matches, in list order: what the form selects. */
  selected: string[];
  /** Matches that cannot run the command, with the reason, for the notice. */
  skipped: { instanceId: string; name: string; reason: string }[];
}

/** The instances a saved search picks now: every match that is eligible, and why the others are not. */
export function resolveInstanceFilter(
  instances: readonly PickerInstance[],
  filter: InstanceFilter,
  eligibility: (instance: PickerInstance) => PickerEligibility,
): ResolvedFilter {
  const entries = buildSearchIndex(instances);
  const everyone = instances.map(() => true);
  const positions = filterInstances(instances, entries, everyone, compileQuery(filter.query), { status: filter.status, os: filter.os, eligibility: 'all', kind: filter.kind ?? 'all' });
  const selected: string[] = [];
  const skipped: ResolvedFilter['skipped'] = [];
  for (const position of positions) {
    const instance = instances[position];
    if (!instance) continue;
    const verdict = eligibility(instance);
    if (verdict.eligible) selected.push(instance.instanceId);
    else skipped.push({ instanceId: instance.instanceId, name: instance.name, reason: verdict.reason });
  }
  return { matched: positions.length, selected, skipped };
}
