import { describeInstanceFilter } from '@/lib/invoke/instance-filter';
import { describeFrequency, parseFrequency } from '@/lib/schedule';

import { readStoredPayload } from './payload';

/** One row of the presets list, as the page hands it to the table (plain data, no secrets). */
export interface PresetListItem {
  id: string;
  slug: string;
  name: string;
  description: string;
  version: number;
  regionId: string;
  commandName: string | null;
  commandId: string;
  instanceCount: number;
  /** The kept search in words when the preset picks its instances by one; null for a list of IDs. */
  instanceSearch: string | null;
  repeatMode: string;
  frequency: string;
  /** The schedule in words, or null when there is none or it cannot be read. */
  scheduleWords: string | null;
  secretNames: string[];
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
  change: string;
  /** False when the stored payload cannot be read; the row still links to its history. */
  readable: boolean;
}

export function toPresetListItem(row: {
  id: string;
  slug: string;
  name: string;
  description: string;
  current_version: number;
  created_by_username: string;
  created_at: string;
  updated_by_username: string;
  updated_at: string;
  payload: string;
  change: string;
}): PresetListItem {
  const payload = readStoredPayload(row.payload);
  const draft = payload?.draft;
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    version: row.current_version,
    regionId: draft?.regionId ?? '',
    commandName: payload?.saved?.commandName ?? null,
    commandId: draft?.commandId ?? '',
    instanceCount: draft?.instanceIds.length ?? 0,
    instanceSearch: payload?.instanceFilter ? describeInstanceFilter(payload.instanceFilter) : null,
    repeatMode: draft?.repeatMode ?? 'Once',
    frequency: draft?.repeatMode === 'Period' ? draft.frequency : '',
    scheduleWords: draft?.repeatMode === 'Period' ? scheduleWords(draft.frequency, row.updated_at) : null,
    secretNames: draft?.parameters.filter((entry) => entry.secret).map((entry) => entry.name) ?? [],
    createdBy: row.created_by_username,
    createdAt: row.created_at,
    updatedBy: row.updated_by_username,
    updatedAt: row.updated_at,
    change: row.change,
    readable: payload !== null,
  };
}

/** Read as of the last save, so an at() that has passed since still reads. */
function scheduleWords(frequency: string, savedAt: string): string | null {
  if (!frequency.trim()) return null;
  const parsed = parseFrequency(frequency, { now: new Date(Date.parse(savedAt) - 60_000) });
  return parsed.ok ? describeFrequency(parsed.frequency) : null;
}
