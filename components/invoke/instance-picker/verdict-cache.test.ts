import { describe, expect, it } from 'vitest';

import { makeInstance } from '@/components/invoke/instance-picker/test-helpers';
import { type PickerInstance } from '@/components/invoke/instance-picker/types';
import { cachedEligibility } from '@/components/invoke/instance-picker/verdict-cache';

describe('cachedEligibility', () => {
  it('asks about each instance once, however often the list is re-derived', () => {
    const asked: string[] = [];
    const verdictOf = cachedEligibility((instance: PickerInstance) => {
      asked.push(instance.instanceId);
      return instance.status === 'Running' ? { eligible: true } : { eligible: false, reason: instance.status };
    });
    const page1 = [makeInstance({ instanceId: 'i-1' }), makeInstance({ instanceId: 'i-2', status: 'Stopped' })];
    const page2 = [makeInstance({ instanceId: 'i-3' })];
    expect(page1.map(verdictOf)).toEqual([{ eligible: true }, { eligible: false, reason: 'Stopped' }]);
    [...page1, ...page2].map(verdictOf);
    expect(asked).toEqual(['i-1', 'i-2', 'i-3']);
  });
});
