import { AGENT_MIN_YEAR, MAX_YEAR, WEEKDAY_NAMES } from '@/lib/schedule/cron-field-spec';
import type { CronField, FieldEntry } from '@/lib/schedule/cron-field';

/**
 * Renders parsed fields for the two libraries. croner gets plain numbers (its standard
 * numbering already has Sunday = 0 and Monday = 1, like Cloud Assistant) and explicit bounds
 * wherever the agent's reading of `a/n` or a bare `*` year differs from croner's. cronstrue
 * gets weekday names, so its words never depend on which numbering it assumes.
 */

type Flavour = 'croner' | 'cronstrue';

export const toCronerField = (field: CronField): string => renderField(field, 'croner');
export const toCronstrueField = (field: CronField): string => renderField(field, 'cronstrue');

function renderField(field: CronField, flavour: Flavour): string {
  return field.entries.map((entry) => renderEntry(entry, field, flavour)).join(',');
}

function renderEntry(entry: FieldEntry, field: CronField, flavour: Flavour): string {
  const name = field.spec.name;
  const show = (value: number): string =>
    flavour === 'cronstrue' && name === 'dayOfWeek' ? (WEEKDAY_NAMES[value] ?? String(value)) : String(value);
  switch (entry.kind) {
    case 'any':
      // The agent's years end in 2099; bounding them also stops croner searching to 9999.
      return flavour === 'croner' && name === 'year' ? `${AGENT_MIN_YEAR}-${MAX_YEAR}` : '*';
    case 'range':
      if (entry.form === 'value') return show(entry.from);
      if (entry.form === 'range') return `${show(entry.from)}-${show(entry.to)}`;
      // cronstrue words */n and a/n well; croner needs a/n's end spelled out, and so does
      // cronstrue for years (else it says "through 9999").
      if (flavour === 'cronstrue' && name !== 'year') {
        if (entry.form === 'any-step') return `*/${entry.step}`;
        if (entry.form === 'value-step') return `${show(entry.from)}/${entry.step}`;
      }
      return `${show(entry.from)}-${show(entry.to)}/${entry.step}`;
    case 'last':
      return 'L';
    case 'last-weekday':
      return 'LW';
    case 'nearest-weekday':
      return `${entry.day}W`;
    case 'last-of-month':
      return `${show(entry.weekday)}L`;
    case 'nth-of-month':
      return `${show(entry.weekday)}#${entry.nth}`;
  }
}

/** Every value a plain field allows, sorted. Special entries (L, W, #) contribute nothing. */
export function expandField(field: CronField): number[] {
  const { min, max } = field.spec;
  const values = new Set<number>();
  for (const entry of field.entries) {
    if (entry.kind === 'any') {
      const first = field.spec.name === 'dayOfWeek' ? 0 : min;
      const last = field.spec.name === 'dayOfWeek' ? 6 : max;
      for (let value = first; value <= last; value += 1) values.add(value);
    } else if (entry.kind === 'range') {
      for (let value = entry.from; value <= entry.to; value += entry.step) values.add(value);
    }
  }
  return [...values].sort((a, b) => a - b);
}

export function isPlainField(field: CronField): boolean {
  return field.entries.every((entry) => entry.kind === 'any' || entry.kind === 'range');
}
