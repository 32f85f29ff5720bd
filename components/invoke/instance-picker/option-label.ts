import { type PickerEligibility, type PickerInstance } from '@/components/invoke/instance-picker/types';

/** Tag chips a row shows; the rest become "+N" and, for a screen reader, the end of the name. */
export const SHOWN_TAGS = 3;

const tagText = (tag: PickerInstance['tags'][number]) => `${tag.key}=${tag.value}`;

/**
 * A row's accessible name: its text in the order the row shows it on a desktop (name, ID, IP,
 * tags, status, eligibility), so speech input can say what is on screen (WCAG 2.5.3, Label in
 * Name); then the OS (its column shows only in a wider picker) and what only a tooltip shows.
 * Narrower pickers hide columns from the middle of the row, so there the name holds more than the row.
 */
export function optionLabel(instance: PickerInstance, verdict: PickerEligibility): string {
  const shown = instance.tags.slice(0, SHOWN_TAGS);
  const rest = instance.tags.slice(SHOWN_TAGS);
  const parts = [
    instance.name || 'Unnamed',
    instance.instanceId,
    instance.privateIp,
    ...shown.map(tagText),
    rest.length > 0 ? `+${rest.length}` : '',
    instance.kind === 'managed' ? 'Managed' : instance.status || 'Unknown',
    verdict.eligible ? 'Eligible' : verdict.reason,
    verdict.eligible && verdict.warning ? `warning: ${verdict.warning}` : '',
    instance.osName || (instance.osType === 'windows' ? 'Windows' : 'Linux'),
  ];
  if (instance.kind === 'managed') parts.push('managed instance outside ECS');
  if (!verdict.eligible) parts.push(`not eligible: ${verdict.reason}`);
  if (rest.length > 0) parts.push(`also tagged ${rest.map(tagText).join(', ')}`);
  return parts.filter(Boolean).join(', ');
}
