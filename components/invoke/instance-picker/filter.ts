import { matchesEntry, type SearchEntry } from '@/components/invoke/instance-picker/search-index';
import { type CompiledQuery, isEmptyQuery } from '@/components/invoke/instance-picker/search-query';
import { type PickerInstance } from '@/components/invoke/instance-picker/types';
import { type KindFilter } from '@/lib/invoke/instance-filter';

export type { KindFilter } from '@/lib/invoke/instance-filter';
export type OsFilter = 'all' | 'linux' | 'windows';
export type EligibilityFilter = 'all' | 'eligible' | 'ineligible';

export interface PickerFilters {
  /** 'all' or a DescribeInstances status such as Running. */
  status: string;
  os: OsFilter;
  eligibility: EligibilityFilter;
  /** ECS, managed (`mi-`) or both; absent means both. */
  kind?: KindFilter;
}

export const NO_FILTERS: PickerFilters = { status: 'all', os: 'all', eligibility: 'all', kind: 'all' };

export function hasFilters(filters: PickerFilters): boolean {
  return filters.status !== 'all' || filters.os !== 'all' || filters.eligibility !== 'all' || (filters.kind ?? 'all') !== 'all';
}

export function isManaged(instance: PickerInstance): boolean {
  return instance.kind === 'managed';
}

/**
 * Positions (into `instances`) of the instances that pass the filters and the query, in
 * their original order. `entries` and `eligible` are aligned with `instances`. With
 * `candidates` (ascending positions), only those are examined.
 */
export function filterInstances(
  instances: readonly PickerInstance[],
  entries: readonly SearchEntry[],
  eligible: readonly boolean[],
  query: CompiledQuery,
  filters: PickerFilters,
  candidates?: readonly number[],
): number[] {
  const matches: number[] = [];
  const anyQuery = !isEmptyQuery(query);
  const total = candidates ? candidates.length : instances.length;
  const kind = filters.kind ?? 'all';
  // Indexed loops: this runs per keystroke over every instance, so no iterator objects.
  for (let at = 0; at < total; at++) {
    const index = candidates ? (candidates[at] ?? -1) : at;
    const instance = instances[index];
    const entry = entries[index];
    if (!instance || !entry) continue;
    if (filters.status !== 'all' && instance.status !== filters.status) continue;
    if (filters.os !== 'all' && instance.osType !== filters.os) continue;
    if (kind !== 'all' && isManaged(instance) !== (kind === 'managed')) continue;
    if (filters.eligibility !== 'all' && (eligible[index] === true) !== (filters.eligibility === 'eligible')) continue;
    if (anyQuery && !matchesEntry(entry, query)) continue;
    matches.push(index);
  }
  return matches;
}

export function kindCounts(instances: readonly PickerInstance[]): { ecs: number; managed: number } {
  let managed = 0;
  for (const instance of instances) if (isManaged(instance)) managed++;
  return { ecs: instances.length - managed, managed };
}

/** Statuses in the order an operator thinks of them, then any others the API reports. */
const STATUS_ORDER = ['Running', 'Stopped', 'Starting', 'Stopping', 'Pending'];

/** Managed instances have no ECS status, so they are not counted under any. */
export function statusCounts(instances: readonly PickerInstance[]): { status: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const instance of instances) if (!isManaged(instance)) counts.set(instance.status, (counts.get(instance.status) ?? 0) + 1);
  const known = STATUS_ORDER.filter((status) => counts.has(status));
  const others = [...counts.keys()].filter((status) => !STATUS_ORDER.includes(status)).sort();
  return [...known, ...others].map((status) => ({ status, count: counts.get(status) ?? 0 }));
}
