import { type SelectMatchingResult } from '@/components/invoke/instance-picker/selection';
import { formatCount, formatNumber } from '@/lib/format';

/**
 * "Select all matching" while DescribeInstances pages are still arriving: selecting what
 * has loaded would quietly leave out the rest, so the picker waits, says how far loading
 * is, and selects once every instance is there (or says why it did not).
 */
export type SelectAllStep =
  | { type: 'select' }
  | { type: 'wait'; text: string }
  | { type: 'stop'; text: string };

export interface SelectAllInput {
  /** Paging progress; null once every page has arrived. */
  loading: { loaded: number; total: number | null } | null;
  /** Why loading stopped, if it did. */
  error?: string | undefined;
  /** The search no longer is the one "Select all matching" was asked for. */
  searchChanged?: boolean;
}

export function selectAllStep({ loading, error, searchChanged = false }: SelectAllInput): SelectAllStep {
  if (searchChanged) return { type: 'stop', text: 'Select all matching stopped: the search changed before every instance had loaded. Nothing was added.' };
  // A failed page leaves the paging unfinished, so the error is looked at before the progress.
  if (error) {
    const loaded = loading ? ` after ${formatCount(loading.loaded, 'instance')}` : '';
    return { type: 'stop', text: `Nothing was added: loading stopped${loaded}, so not every match is known.` };
  }
  if (loading) {
    const of = loading.total !== null ? ` of ${formatNumber(loading.total)}` : '';
    return { type: 'wait', text: `Loading ${formatNumber(loading.loaded)}${of}… every match is selected once all have arrived.` };
  }
  return { type: 'select' };
}

/** What a finished "Select all matching" did, for the notice beside its Undo. */
export function selectAllMessage({ added, skipped }: SelectMatchingResult): string {
  const skippedText = skipped > 0 ? ` Skipped ${formatCount(skipped, 'instance')} that ${skipped === 1 ? 'is' : 'are'} not eligible.` : '';
  if (added === 0) return `Every eligible match was already selected.${skippedText}`;
  return `Added ${formatCount(added, 'instance')}.${skippedText}`;
}
