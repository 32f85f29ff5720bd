import { X } from 'lucide-react';

import { type ResolvedFilter } from '@/components/invoke/instance-picker';
import { Alert } from '@/components/ui/alert';
import { formatCount } from '@/lib/format';
import { describeInstanceFilter, type InstanceFilter } from '@/lib/invoke/instance-filter';

export type ResolvedSearch = ResolvedFilter & { filter: InstanceFilter };

const SHOWN = 5;

/** What a kept search picked when the form opened: how many matched, were selected, and why the rest were not. */
export function FilterOutcome({ outcome, onDismiss }: { outcome: ResolvedSearch; onDismiss: () => void }) {
  const { matched, selected, skipped, filter } = outcome;
  const search = <span className="font-mono">{describeInstanceFilter(filter)}</span>;
  return (
    <div className="relative mb-4">
      <Alert tone={selected.length === 0 ? 'warning' : skipped.length ? 'info' : 'success'} live title="Instances chosen by the saved search">
        <p className="pr-6">
          {matched === 0 ? (
            <>No instance matches {search} now, so none is selected. Change the search or pick instances by hand.</>
          ) : (
            <>
              {formatCount(matched, 'instance')} {matched === 1 ? 'matches' : 'match'} {search} now; {selected.length === matched ? (matched === 1 ? 'it is' : 'all are') : selected.length} selected.
            </>
          )}
        </p>
        {skipped.length ? (
          <>
            <p className="mt-1">
              {formatCount(skipped.length, 'matching instance')} cannot run the command and {skipped.length === 1 ? 'was' : 'were'} left out:
            </p>
            <ul aria-label="Matching instances left out" className="mt-1 list-disc space-y-0.5 pl-4">
              {skipped.slice(0, SHOWN).map((instance) => (
                <li key={instance.instanceId}>
                  <span className="font-mono">{instance.instanceId}</span>
                  {instance.name && instance.name !== instance.instanceId ? ` (${instance.name})` : ''}: {instance.reason}
                </li>
              ))}
              {skipped.length > SHOWN ? <li>and {skipped.length - SHOWN} more; choose “Not eligible only” under Eligibility to see them.</li> : null}
            </ul>
          </>
        ) : null}
      </Alert>
      <button type="button" onClick={onDismiss} aria-label="Dismiss" className="absolute top-2.5 right-2.5 rounded p-0.5 opacity-70 hover:opacity-100">
        <X aria-hidden className="size-4" />
      </button>
    </div>
  );
}
