import { type InvokeDraft } from '@/lib/invoke/draft';
import { describeRateControl } from '@/lib/invoke/rate-control';

import { commandLabel, instancesLabel, parameterValue, payloadInstancesLabel, repeatLabel } from './describe';
import { type PresetPayload } from './payload';

/** What one version or one save changed, field by field, in words an operator reads. */
export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

export interface PresetContentView {
  name: string;
  description: string;
  payload: PresetPayload;
}

export function diffContent(before: PresetContentView, after: PresetContentView): FieldChange[] {
  const changes: FieldChange[] = [];
  if (before.name !== after.name) changes.push({ field: 'Name', before: before.name, after: after.name });
  if (before.description !== after.description) changes.push({ field: 'Description', before: before.description || '(none)', after: after.description || '(none)' });
  return [...changes, ...diffPayloads(before.payload, after.payload)];
}

export function diffPayloads(before: PresetPayload, after: PresetPayload): FieldChange[] {
  const a = before.draft;
  const b = after.draft;
  const changes: FieldChange[] = [];
  const plain = (field: string, x: string, y: string) => {
    if (x !== y) changes.push({ field, before: x, after: y });
  };
  plain('Region', a.regionId, b.regionId);
  if (a.commandId !== b.commandId) changes.push({ field: 'Command', before: commandLabel(before), after: commandLabel(after) });
  if (before.instanceFilter || after.instanceFilter) plain('Instances', payloadInstancesLabel(before), payloadInstancesLabel(after));
  else {
    const instances = diffInstances(a.instanceIds, b.instanceIds);
    if (instances) changes.push(instances);
  }
  if (a.repeatMode !== b.repeatMode) changes.push({ field: 'Repeat mode', before: repeatLabel(a), after: repeatLabel(b) });
  if (a.repeatMode === 'Period' || b.repeatMode === 'Period') {
    const frequency = (draft: InvokeDraft) => (draft.repeatMode === 'Period' ? draft.frequency.trim() || '(empty)' : '(none)');
    plain('Frequency', frequency(a), frequency(b));
  }
  changes.push(...diffParameters(a.parameters, b.parameters));
  plain('Username', a.username || '(default)', b.username || '(default)');
  plain('Windows password name', a.windowsPasswordName || '(none)', b.windowsPasswordName || '(none)');
  plain('Timeout', a.timeout === undefined ? "command's own" : `${a.timeout} s`, b.timeout === undefined ? "command's own" : `${b.timeout} s`);
  plain('Working directory', a.workingDir || "command's own", b.workingDir || "command's own");
  plain('Rate control', describeRateControl(a.rateControl), describeRateControl(b.rateControl));
  return changes;
}

function diffInstances(before: readonly string[], after: readonly string[]): FieldChange | null {
  const had = new Set(before);
  const has = new Set(after);
  const added = after.filter((id) => !had.has(id));
  const removed = before.filter((id) => !has.has(id));
  if (added.length === 0 && removed.length === 0) return null;
  const parts = [added.length ? `+${added.length}: ${added.slice(0, 4).join(', ')}${added.length > 4 ? ', …' : ''}` : '', removed.length ? `−${removed.length}: ${removed.slice(0, 4).join(', ')}${removed.length > 4 ? ', …' : ''}` : ''];
  return { field: 'Instances', before: instancesLabel(before), after: `${instancesLabel(after)} (${parts.filter(Boolean).join('; ')})` };
}

function diffParameters(before: InvokeDraft['parameters'], after: InvokeDraft['parameters']): FieldChange[] {
  const key = (name: string) => name.toLowerCase();
  const old = new Map(before.map((entry) => [key(entry.name), entry]));
  const changes: FieldChange[] = [];
  for (const entry of after) {
    const previous = old.get(key(entry.name));
    old.delete(key(entry.name));
    const field = `Parameter ${entry.name}`;
    if (!previous) changes.push({ field, before: null, after: parameterValue(entry) });
    else if (previous.secret !== entry.secret) changes.push({ field, before: parameterValue(previous), after: parameterValue(entry) });
    // Two secret entries never differ: their values are never stored.
    else if (!entry.secret && previous.value !== entry.value) changes.push({ field, before: parameterValue(previous), after: parameterValue(entry) });
  }
  for (const entry of old.values()) changes.push({ field: `Parameter ${entry.name}`, before: parameterValue(entry), after: null });
  return changes;
}

const SUMMARY_MAX = 200;

/** The version's "what changed" line, within the column's 200 characters. */
export function summarizeChanges(changes: readonly FieldChange[], lead = 'Changed'): string {
  if (changes.length === 0) return lead === 'Changed' ? 'No changes' : lead;
  const names = [...new Set(changes.map((change) => change.field))];
  const joiner = lead === 'Changed' ? ' ' : ': ';
  let text = `${lead}${joiner}${names.join(', ')}`;
  if (text.length <= SUMMARY_MAX) return text;
  for (let shown = names.length - 1; shown > 0; shown--) {
    text = `${lead}${joiner}${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
    if (text.length <= SUMMARY_MAX) return text;
  }
  return `${lead}${joiner}${names.length} fields`.slice(0, SUMMARY_MAX);
}
