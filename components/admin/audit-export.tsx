import { Download } from 'lucide-react';

import { buttonClasses } from '@/components/ui/button';
import { type AuditFilter, auditExportHref } from '@/lib/audit/filter';

/**
 * Download what the filter shows, every page of it, as CSV (for a spreadsheet: formula-like
 * cells are neutralised) or JSON (for a script). Plain links: the browser saves the stream to
 * disk as it comes, however long the log.
 */
export function AuditExport({ filter }: { filter: AuditFilter }) {
  return (
    <div className="flex items-center gap-1.5" role="group" aria-label="Download the audit log">
      {(['csv', 'json'] as const).map((format) => (
        <a key={format} href={auditExportHref(filter, format)} download className={buttonClasses('secondary', 'sm')}>
          <Download aria-hidden className="size-3.5" />
          <span className="sr-only">Download </span>
          {format.toUpperCase()}
        </a>
      ))}
    </div>
  );
}
