import { ChevronDown } from 'lucide-react';

import { describeUserAgent } from '@/lib/audit/user-agent';

/**
 * Where an entry came from, compact: the address and the browser in a few words. Opening it
 * (click, Enter or Space) shows the full user agent; hovering shows it too.
 */
export function AuditClient({ sourceIp, userAgent }: { sourceIp: string | null; userAgent: string | null }) {
  const words = describeUserAgent(userAgent);
  if (!sourceIp && !userAgent) {
    return <span className="font-mono text-xs text-faint" title="No address or user agent recorded">—</span>;
  }
  return (
    <details className="group relative">
      <summary
        title={userAgent ?? undefined}
        className="flex cursor-pointer list-none items-center gap-1.5 rounded px-1 text-xs text-muted hover:text-ink [&::-webkit-details-marker]:hidden"
      >
        <span className="font-mono tabular">{sourceIp ?? 'address unknown'}</span>
        {words ? <span className="max-w-60 truncate max-sm:max-w-32">· {words}</span> : null}
        <ChevronDown aria-hidden className="size-3 shrink-0 transition-transform group-open:rotate-180" />
      </summary>
      <dl className="absolute right-0 z-10 mt-1.5 w-80 max-w-[calc(100vw-2rem)] space-y-2 rounded-md border border-line bg-surface p-3 text-left text-xs shadow-lg">
        <div>
          <dt className="font-medium text-muted">Address</dt>
          <dd className="font-mono text-ink">{sourceIp ?? 'Not known (no trusted proxy said)'}</dd>
        </div>
        <div>
          <dt className="font-medium text-muted">User agent</dt>
          <dd className="font-mono break-all text-ink">{userAgent ?? 'Not sent'}</dd>
        </div>
      </dl>
    </details>
  );
}
