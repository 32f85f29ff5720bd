'use client';

import { useCallback, useRef, useState } from 'react';
import { type UseFormReturn } from 'react-hook-form';

import { Alert } from '@/components/ui/alert';
import { type ActionFailure } from '@/lib/action-result';
import { type InvokeDraft } from '@/lib/invoke/draft';
import { type InstanceFilter, isNarrowing } from '@/lib/invoke/instance-filter';
import { type SavedForm } from '@/lib/presets/payload';

import { instanceFilterOf, pickerSearchOf } from './instance-picker/kept-search';
import { type PickerSearch } from './instance-picker/types';
import { newScript } from './new-script';

export const SOURCE_OPTIONS = [
  { value: 'saved', label: 'Saved command' },
  { value: 'script', label: 'Script' },
] as const;

export const TARGET_OPTIONS = [
  { value: 'instances', label: 'Pick instances' },
  { value: 'tags', label: 'By tags' },
] as const;

/** What to run (a saved command or a script) and how instances are chosen (by ID or by tags): each switch clears what the other way filled. */
export function kindSwitches(form: UseFormReturn<InvokeDraft>) {
  return {
    changeSource: (source: 'saved' | 'script') => {
      form.setValue('parameters', [], { shouldDirty: true });
      if (source === 'script') {
        form.setValue('commandId', '', { shouldDirty: true });
        form.setValue('script', newScript(), { shouldDirty: true });
      } else {
        form.setValue('script', undefined, { shouldDirty: true });
      }
      form.clearErrors(['commandId', 'script', 'parameters']);
    },
    changeTarget: (target: 'instances' | 'tags') => {
      if (target === 'tags') {
        form.setValue('instanceIds', [], { shouldDirty: true });
        form.setValue('resourceTags', [{ key: '', value: '' }], { shouldDirty: true });
      } else {
        form.setValue('resourceTags', undefined, { shouldDirty: true });
      }
      form.clearErrors(['instanceIds', 'resourceTags']);
    },
  };
}

/**
 * The picker's search as the form keeps it for presets and links: read when saving, so
 * typing in the picker does not re-render the whole form.
 */
export function useInstanceSearch(initial: InstanceFilter | null) {
  const [keep, setKeep] = useState(initial !== null);
  const latest = useRef<InstanceFilter>(initial ?? { query: '', status: 'all', os: 'all' });
  const [initialSearch] = useState<PickerSearch | undefined>(() => (initial ? pickerSearchOf(initial) : undefined));
  // Stable, so the memoised picker is not rendered again for it.
  const onChange = useCallback((next: PickerSearch) => {
    latest.current = instanceFilterOf(next);
  }, []);
  return {
    initial: initialSearch,
    keep,
    setKeep,
    onChange,
    saved: (draft: InvokeDraft): SavedForm => (keep && isNarrowing(latest.current) ? { draft, instanceFilter: latest.current } : { draft, instanceFilter: null }),
  };
}

export function FailureAlert({ failure }: { failure: ActionFailure }) {
  // Our own codes are UPPER_SNAKE; Alibaba's (InternalError.Dispatch, Throttling.User) pass through as they are.
  const ours = /^[A-Z_]+$/.test(failure.code);
  return (
    <Alert tone="danger" live title={ours ? 'The launch was not sent' : `Not sent: ${failure.code}`}>
      <p>{failure.message}</p>
      {failure.requestId ? <p className="mt-1 font-mono text-xs opacity-80">RequestId {failure.requestId}</p> : null}
    </Alert>
  );
}
