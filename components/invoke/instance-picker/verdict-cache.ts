import { type PickerEligibility, type PickerInstance } from '@/components/invoke/instance-picker/types';

/**
 * The form's eligibility function, remembered per instance object: while DescribeInstances
 * pages arrive the instances array grows, and only the new page's instances are asked about.
 * A new function (another command or repeat mode) needs a new cache.
 */
export function cachedEligibility(eligibility: (instance: PickerInstance) => PickerEligibility): (instance: PickerInstance) => PickerEligibility {
  const cache = new WeakMap<PickerInstance, PickerEligibility>();
  return (instance) => {
    let verdict = cache.get(instance);
    if (!verdict) {
      verdict = eligibility(instance);
      cache.set(instance, verdict);
    }
    return verdict;
  };
}
