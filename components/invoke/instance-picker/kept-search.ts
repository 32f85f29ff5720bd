import { type PickerSearch } from '@/components/invoke/instance-picker/types';
import { type InstanceFilter } from '@/lib/invoke/instance-filter';

/**
 * The picker's search as a preset or link keeps it, and back. Eligibility is never kept (it is
 * always applied when a kept search is resolved); the kind only when it narrows, so a search
 * kept before managed instances were listed reads the same.
 */
export function instanceFilterOf(search: PickerSearch): InstanceFilter {
  const kind = search.filters.kind ?? 'all';
  return { query: search.query, status: search.filters.status, os: search.filters.os, ...(kind !== 'all' && { kind }) };
}

export function pickerSearchOf(filter: InstanceFilter): PickerSearch {
  return { query: filter.query, filters: { status: filter.status, os: filter.os, eligibility: 'all', kind: filter.kind ?? 'all' } };
}
