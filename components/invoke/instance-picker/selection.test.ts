import { describe, expect, it } from 'vitest';

import {
  addIds,
  removeIds,
  selectionProblems,
  selectMatching,
  setRange,
  summariseReasons,
  toggleId,
} from '@/components/invoke/instance-picker/selection';

// Journey 1 in miniature: web servers tagged env=prod role=web, two of them stopped.
const stopped = new Set(['w3', 'w6']);
const isEligible = (id: string) => !stopped.has(id);
const view = ['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7'];

describe('toggleId', () => {
  it('adds an eligible instance and removes a selected one', () => {
    expect(toggleId([], 'w1', isEligible)).toEqual(['w1']);
    expect(toggleId(['w1', 'w2'], 'w1', isEligible)).toEqual(['w2']);
  });

  it('refuses to add an ineligible instance and returns the same array', () => {
    const selected = ['w1'];
    expect(toggleId(selected, 'w3', isEligible)).toBe(selected);
  });

  it('still removes an ineligible instance that was selected earlier', () => {
    expect(toggleId(['w1', 'w3'], 'w3', isEligible)).toEqual(['w1']);
  });
});

describe('selectMatching', () => {
  it('adds every eligible match and counts the ineligible ones it skipped', () => {
    const result = selectMatching([], view, isEligible);
    expect(result.next).toEqual(['w1', 'w2', 'w4', 'w5', 'w7']);
    expect(result.added).toBe(5);
    expect(result.skipped).toBe(2);
  });

  it('keeps instances selected outside the current matches, and does not add twice', () => {
    const result = selectMatching(['x9', 'w2'], view, isEligible);
    expect(result.next).toEqual(['x9', 'w2', 'w1', 'w4', 'w5', 'w7']);
    expect(result.added).toBe(4);
  });

  it('returns the same array when every eligible match is already selected', () => {
    const selected = ['w1', 'w2', 'w4', 'w5', 'w7'];
    const result = selectMatching(selected, view, isEligible);
    expect(result.next).toBe(selected);
    expect(result.added).toBe(0);
    expect(result.skipped).toBe(2);
  });
});

describe('setRange', () => {
  it('selects the eligible rows between two positions, in either direction', () => {
    expect(setRange([], view, 1, 4, true, isEligible)).toEqual(['w2', 'w4', 'w5']);
    expect(setRange([], view, 4, 1, true, isEligible)).toEqual(['w2', 'w4', 'w5']);
  });

  it('deselects a range, ineligible rows included', () => {
    expect(setRange(['w1', 'w2', 'w3', 'w7'], view, 0, 2, false, isEligible)).toEqual(['w7']);
  });

  it('clamps positions to the list', () => {
    expect(setRange([], view, -3, 99, true, isEligible)).toEqual(['w1', 'w2', 'w4', 'w5', 'w7']);
  });

  it('leaves rows outside the range as they were', () => {
    expect(setRange(['w7'], view, 0, 1, true, isEligible)).toEqual(['w7', 'w1', 'w2']);
  });
});

describe('addIds and removeIds', () => {
  it('return the same array when nothing changes', () => {
    const selected = ['a', 'b'];
    expect(addIds(selected, ['a'])).toBe(selected);
    expect(removeIds(selected, ['z'])).toBe(selected);
    expect(removeIds(selected, [])).toBe(selected);
  });

  it('de-duplicate what they add', () => {
    expect(addIds(['a'], ['b', 'b', 'a', 'c'])).toEqual(['a', 'b', 'c']);
  });
});

describe('selectionProblems', () => {
  const known: Record<string, string | null> = { w1: null, w3: 'Stopped', w8: 'Agent offline' };
  const lookup = (id: string) => known[id];

  it('names the selected instances that became ineligible and those no longer listed', () => {
    expect(selectionProblems(['w1', 'w3', 'gone-1', 'w8'], lookup)).toEqual({
      ineligible: [
        { instanceId: 'w3', reason: 'Stopped' },
        { instanceId: 'w8', reason: 'Agent offline' },
      ],
      missing: ['gone-1'],
    });
  });

  it('finds nothing wrong with an eligible selection', () => {
    expect(selectionProblems(['w1'], lookup)).toEqual({ ineligible: [], missing: [] });
  });
});

describe('summariseReasons', () => {
  it('counts reasons, most frequent first', () => {
    const items = [{ reason: 'Agent offline' }, { reason: 'Stopped' }, { reason: 'Stopped' }];
    expect(summariseReasons(items)).toBe('Stopped (2); Agent offline (1)');
  });
});
