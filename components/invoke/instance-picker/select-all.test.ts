import { describe, expect, it } from 'vitest';

import { selectAllMessage, selectAllStep } from '@/components/invoke/instance-picker/select-all';
import { selectMatching } from '@/components/invoke/instance-picker/selection';

describe('selectAllStep', () => {
  it('selects at once when every page has arrived', () => {
    expect(selectAllStep({ loading: null })).toEqual({ type: 'select' });
  });

  it('waits while pages arrive, and says how far loading is', () => {
    expect(selectAllStep({ loading: { loaded: 100, total: 360 } })).toEqual({
      type: 'wait',
      text: 'Loading 100 of 360… every match is selected once all have arrived.',
    });
    expect(selectAllStep({ loading: { loaded: 3200, total: null } })).toMatchObject({ type: 'wait', text: /^Loading 3,200… / });
  });

  it('gives up, saying so, when loading stops or the search changes meanwhile', () => {
    expect(selectAllStep({ loading: { loaded: 200, total: 360 }, error: 'Throttling' })).toEqual({
      type: 'stop',
      text: 'Nothing was added: loading stopped after 200 instances, so not every match is known.',
    });
    expect(selectAllStep({ loading: { loaded: 200, total: 360 }, searchChanged: true })).toMatchObject({ type: 'stop', text: /the search changed/ });
  });
});

describe('select all matching over the whole fleet', () => {
  // 360 instances arriving 100 at a time; every tenth one stopped.
  const fleet = Array.from({ length: 360 }, (_, index) => `i-${index}`);
  const isEligible = (id: string) => Number(id.slice(2)) % 10 !== 9;

  it('selects every eligible match once the last page is in, not the first page only', () => {
    let loaded = 100;
    const steps: string[] = [];
    for (; loaded < 360; loaded += 100) steps.push(selectAllStep({ loading: { loaded, total: 360 } }).type);
    expect(steps).toEqual(['wait', 'wait', 'wait']);
    expect(selectAllStep({ loading: null }).type).toBe('select');
    const result = selectMatching([], fleet, isEligible);
    expect(result.next).toHaveLength(324);
    expect(selectAllMessage(result)).toBe('Added 324 instances. Skipped 36 instances that are not eligible.');
  });

  it('words a repeat that added nothing', () => {
    const all = selectMatching([], fleet, isEligible).next;
    expect(selectAllMessage(selectMatching(all, fleet, isEligible))).toBe('Every eligible match was already selected. Skipped 36 instances that are not eligible.');
  });
});
