import { type PickerInstance } from '@/components/invoke/instance-picker/types';

/**
 * Keeps instance objects stable across reloads of the fleet. The picker caches its search
 * entries and eligibility verdicts per instance object, so a reload that hands over 10,000
 * new objects with the same content (the fleet snapshot read again after a launch) would
 * rebuild both in one long task. This hands back the objects it already had wherever nothing
 * changed, and the previous array itself when no instance did.
 */
export function createStableInstances(): (instances: readonly PickerInstance[]) => readonly PickerInstance[] {
  let byId = new Map<string, PickerInstance>();
  let last: readonly PickerInstance[] = [];
  return (instances) => {
    if (instances === last) return last;
    const next = new Map<string, PickerInstance>();
    let changed = instances.length !== last.length;
    // Whether every object kept is the one given: then the given array itself is answered.
    let given = true;
    const kept = instances.map((instance, index) => {
      const before = byId.get(instance.instanceId);
      const stable = before && sameInstance(before, instance) ? before : instance;
      next.set(stable.instanceId, stable);
      if (stable !== last[index]) changed = true;
      if (stable !== instance) given = false;
      return stable;
    });
    byId = next;
    if (changed) last = given ? instances : kept;
    return last;
  };
}

/** Same content: every field equal, tags compared pair by pair (any field, so a new one cannot go stale). */
export function sameInstance(a: PickerInstance, b: PickerInstance): boolean {
  if (a === b) return true;
  const left = a as unknown as Record<string, unknown>;
  const right = b as unknown as Record<string, unknown>;
  let keys = 0;
  for (const key in left) {
    keys++;
    if (key === 'tags') continue;
    if (left[key] !== right[key]) return false;
  }
  for (const _key in right) keys--;
  return keys === 0 && sameTags(a.tags, b.tags);
}

function sameTags(a: PickerInstance['tags'], b: PickerInstance['tags']): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]?.key !== b[i]?.key || a[i]?.value !== b[i]?.value) return false;
  return true;
}
