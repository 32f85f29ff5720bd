import { ArrowRight } from 'lucide-react';

import { type FieldChange } from '@/lib/presets/diff';

/** Field by field: what it was and what it became. Secret values never appear (none is stored). */
export function ChangeList({ changes, label = 'What changed' }: { changes: readonly FieldChange[]; label?: string }) {
  if (changes.length === 0) return <p className="text-sm text-muted">No field changed.</p>;
  return (
    <table className="w-full table-fixed text-left text-xs" aria-label={label}>
      <thead className="sr-only">
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-line">
        {changes.map((change, index) => (
          <tr key={`${change.field}-${index}`} className="align-top">
            <th scope="row" className="w-24 py-1.5 pr-3 font-medium text-muted sm:w-40">
              {change.field}
            </th>
            <td className="w-[40%] py-1.5 pr-3 font-mono break-words text-rose-700 dark:text-rose-300">
              {change.before === null ? <span className="font-sans text-faint italic">not there</span> : <span className="line-through decoration-rose-400/60">{change.before}</span>}
            </td>
            <td className="py-1.5 font-mono break-words text-emerald-700 dark:text-emerald-300">
              <span className="flex gap-1.5">
                <ArrowRight aria-hidden className="mt-0.5 size-3 shrink-0 text-faint" />
                {change.after === null ? <span className="font-sans text-faint italic">removed</span> : <span className="min-w-0">{change.after}</span>}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
