import { type InvokeDraft } from '@/lib/invoke/draft';
import { describeInstanceFilter } from '@/lib/invoke/instance-filter';
import { describeRateControl } from '@/lib/invoke/rate-control';

import { type PresetPayload } from './payload';

/**
 * A preset's content as label/value rows, the way an operator reads the form. Secret
 * parameters show that they are secret, never a value (a stored payload has none anyway).
 */
export interface PayloadRow {
  label: string;
  value: string;
  /** Command text, IDs and cron: shown in monospace. */
  mono?: boolean;
}

export const SECRET_NOT_STORED = 'secret, asked for at launch';

const REPEAT_WORDS: Record<InvokeDraft['repeatMode'], string> = {
  Once: 'Once',
  Period: 'Period (on a schedule)',
  NextRebootOnly: 'Next reboot only',
  EveryReboot: 'Every reboot',
};

export function commandLabel(payload: PresetPayload): string {
  const { commandId } = payload.draft;
  if (!commandId) return 'Not chosen';
  const name = payload.saved?.commandName;
  return name ? `${name} (${commandId})` : commandId;
}

export function repeatLabel(draft: InvokeDraft): string {
  return REPEAT_WORDS[draft.repeatMode];
}

export function parameterValue(entry: InvokeDraft['parameters'][number]): string {
  if (entry.secret) return SECRET_NOT_STORED;
  return entry.value === '' ? '(empty)' : entry.value;
}

export function describePayload(payload: PresetPayload): PayloadRow[] {
  const { draft } = payload;
  const rows: PayloadRow[] = [
    { label: 'Region', value: draft.regionId || 'Not chosen', mono: true },
    { label: 'Command', value: commandLabel(payload), mono: true },
    { label: 'Instances', value: payloadInstancesLabel(payload), mono: !payload.instanceFilter && draft.instanceIds.length > 0 },
    { label: 'Repeat mode', value: repeatLabel(draft) },
  ];
  if (draft.repeatMode === 'Period') rows.push({ label: 'Frequency', value: draft.frequency || '(empty)', mono: true });
  for (const entry of draft.parameters) rows.push({ label: `Parameter ${entry.name}`, value: parameterValue(entry), mono: !entry.secret });
  rows.push({ label: 'Username', value: draft.username || 'Default (root / System)', mono: draft.username !== '' });
  if (draft.windowsPasswordName) rows.push({ label: 'Windows password name', value: draft.windowsPasswordName, mono: true });
  rows.push({ label: 'Timeout', value: draft.timeout === undefined ? "The command's own" : `${draft.timeout} s` });
  rows.push({ label: 'Working directory', value: draft.workingDir ? draft.workingDir : "The command's own", mono: Boolean(draft.workingDir) });
  rows.push({ label: 'Rate control', value: describeRateControl(draft.rateControl) });
  return rows;
}

const LISTED_IDS = 6;

/** The instances a payload names: its kept search, or its list of IDs. */
export function payloadInstancesLabel(payload: PresetPayload): string {
  return payload.instanceFilter ? `Eligible instances matching ${describeInstanceFilter(payload.instanceFilter)}, found when opened` : instancesLabel(payload.draft.instanceIds);
}

export function instancesLabel(ids: readonly string[]): string {
  if (ids.length === 0) return 'None';
  const shown = ids.slice(0, LISTED_IDS).join(', ');
  return ids.length > LISTED_IDS ? `${ids.length} instances: ${shown} and ${ids.length - LISTED_IDS} more` : `${ids.length === 1 ? '1 instance' : `${ids.length} instances`}: ${shown}`;
}
