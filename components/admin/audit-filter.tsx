import { Filter, X } from 'lucide-react';
import { Link } from '@/components/ui/link';

import { Button } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/input';
import { type AuditFilter as Filters, isFiltered, parseAuditTime, type TimeBound } from '@/lib/audit/filter';

const labelClasses = 'mb-1 block text-xs font-medium text-muted';
const controlClasses = 'h-8 text-[13px]';

/** A bound as a datetime-local value (UTC, to the minute); `to` shows the last minute it takes in. */
function localValue(bound: TimeBound | undefined, kind: 'from' | 'to'): string {
  if (!bound) return '';
  const parsed = parseAuditTime(bound.text);
  if (!parsed) return '';
  const instant = kind === 'from' ? parsed.start : parsed.start + parsed.unitMs - 60_000;
  return new Date(instant).toISOString().slice(0, 16);
}

/**
 * Narrow the audit log: a person, an action, part of a target, a UTC time range. A plain GET
 * form: the URL carries the filter, so a trail can be linked to, downloaded as it is shown,
 * and filtered without scripts.
 */
export function AuditFilter({
  usernames,
  actions,
  filter,
}: {
  usernames: readonly string[];
  actions: readonly { action: string; verb: string }[];
  filter: Filters;
}) {
  // A filter from a link may name an action or a person this list does not have: keep it selectable.
  const actionOptions = filter.action && !actions.some((entry) => entry.action === filter.action) ? [...actions, { action: filter.action, verb: filter.action }] : actions;
  const people = filter.actor && !usernames.includes(filter.actor) ? [...usernames, filter.actor] : usernames;
  return (
    <form
      method="get"
      action="/admin#audit"
      aria-label="Filter the audit log"
      className="grid grid-cols-2 gap-x-3 gap-y-2.5 border-b border-line bg-surface-2/40 px-4 py-3 sm:px-5 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.2fr)_minmax(0,1.2fr)_minmax(0,1.1fr)_minmax(0,1.1fr)_auto] lg:items-end"
    >
      <div>
        <label htmlFor="audit-actor" className={labelClasses}>
          Person
        </label>
        <Select id="audit-actor" name="actor" defaultValue={filter.actor ?? ''} className={controlClasses}>
          <option value="">Everyone</option>
          {people.map((username) => (
            <option key={username} value={username}>
              {username}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="audit-action" className={labelClasses}>
          Action
        </label>
        <Select id="audit-action" name="action" defaultValue={filter.action ?? ''} className={controlClasses}>
          <option value="">Any action</option>
          {actionOptions.map((entry) => (
            <option key={entry.action} value={entry.action}>
              {entry.verb === entry.action ? entry.action : `${entry.verb} (${entry.action})`}
            </option>
          ))}
        </Select>
      </div>
      <div className="col-span-2 lg:col-span-1">
        <label htmlFor="audit-target" className={labelClasses}>
          Target
        </label>
        <Input id="audit-target" name="target" type="search" defaultValue={filter.target ?? ''} placeholder="Launch, preset, account…" maxLength={200} className={controlClasses} />
      </div>
      <div className="max-sm:col-span-2">
        <label htmlFor="audit-from" className={labelClasses}>
          From (UTC)
        </label>
        <Input id="audit-from" name="from" type="datetime-local" defaultValue={localValue(filter.from, 'from')} className={`${controlClasses} tabular`} />
      </div>
      <div className="max-sm:col-span-2">
        <label htmlFor="audit-to" className={labelClasses}>
          To (UTC)
        </label>
        <Input id="audit-to" name="to" type="datetime-local" defaultValue={localValue(filter.to, 'to')} className={`${controlClasses} tabular`} />
      </div>
      <div className="col-span-2 flex items-center gap-2 lg:col-span-1">
        <Button type="submit" size="sm" variant="primary" className="h-8">
          <Filter aria-hidden className="size-3.5" />
          Show
        </Button>
        {isFiltered(filter) ? (
          <Link href="/admin#audit" className="inline-flex h-8 items-center gap-1 rounded-md px-2 text-xs font-medium text-muted hover:bg-surface-2 hover:text-ink">
            <X aria-hidden className="size-3.5" />
            Clear
          </Link>
        ) : null}
      </div>
    </form>
  );
}
