import { formatNumber } from '@/lib/format';

/**
 * Selection changes as pure functions over instance IDs. Each returns a new array (or the
 * same one when nothing changed, so the form sees no spurious update) and never adds an
 * ineligible instance; removing one is always allowed, so a stale choice can be undone.
 */

export type IsEligible = (instanceId: string) => boolean;

/** Click or Space on one row. */
export function toggleId(selected: readonly string[], instanceId: string, isEligible: IsEligible): readonly string[] {
  if (selected.includes(instanceId)) return selected.filter((id) => id !== instanceId);
  if (!isEligible(instanceId)) return selected;
  return [...selected, instanceId];
}

/**
 * Shift-click or Shift+Arrow: give every eligible row between `from` and `to` (positions in
 * `ids`, either order, both included) the state `select`. Rows outside the range keep theirs.
 */
export function setRange(
  selected: readonly string[],
  ids: readonly string[],
  from: number,
  to: number,
  select: boolean,
  isEligible: IsEligible,
): readonly string[] {
  const start = Math.max(0, Math.min(from, to));
  const end = Math.min(ids.length - 1, Math.max(from, to));
  const range = ids.slice(start, end + 1);
  if (!select) return removeIds(selected, range);
  return addIds(selected, range.filter(isEligible));
}

export interface SelectMatchingResult {
  next: readonly string[];
  /** Eligible matches that were not selected before. */
  added: number;
  /** Matches left out because they are not eligible. */
  skipped: number;
}

/** "Select all matching": every eligible instance among `matchingIds`, added to the rest. */
export function selectMatching(selected: readonly string[], matchingIds: readonly string[], isEligible: IsEligible): SelectMatchingResult {
  const eligible = matchingIds.filter(isEligible);
  const next = addIds(selected, eligible);
  return { next, added: next.length - selected.length, skipped: matchingIds.length - eligible.length };
}

export function removeIds(selected: readonly string[], remove: Iterable<string>): readonly string[] {
  const drop = new Set(remove);
  if (drop.size === 0) return selected;
  const next = selected.filter((id) => !drop.has(id));
  return next.length === selected.length ? selected : next;
}

/** Append the IDs not already selected, in the order given. */
export function addIds(selected: readonly string[], add: readonly string[]): readonly string[] {
  const have = new Set(selected);
  const fresh: string[] = [];
  for (const id of add) {
    if (have.has(id)) continue;
    have.add(id);
    fresh.push(id);
  }
  return fresh.length === 0 ? selected : [...selected, ...fresh];
}

export interface SelectionProblems {
  /** Selected instances the current command or schedule cannot run on, with why. */
  ineligible: { instanceId: string; reason: string }[];
  /** Selected IDs absent from the loaded instances (released, or from another region). */
  missing: string[];
}

/**
 * What is wrong with the current selection. `lookup` returns undefined for an unknown ID,
 * else the instance's ineligibility reason or null when it is eligible.
 */
export function selectionProblems(selected: readonly string[], lookup: (instanceId: string) => string | null | undefined): SelectionProblems {
  const problems: SelectionProblems = { ineligible: [], missing: [] };
  for (const instanceId of selected) {
    const reason = lookup(instanceId);
    if (reason === undefined) problems.missing.push(instanceId);
    else if (reason !== null) problems.ineligible.push({ instanceId, reason });
  }
  return problems;
}

/** "Stopped (2); Agent offline (1)": the reasons, most frequent first (reasons may hold commas). */
export function summariseReasons(items: readonly { reason: string }[]): string {
  const counts = new Map<string, number>();
  for (const { reason } of items) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([reason, count]) => `${reason} (${formatNumber(count)})`)
    .join('; ');
}
