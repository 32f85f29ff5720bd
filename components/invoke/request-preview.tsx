'use client';

import { useState } from 'react';

import { cn } from '@/lib/cn';
import { toAliyunCli } from '@/lib/invoke/cli';
import { formatHttpRequest, toHttpRequest } from '@/lib/invoke/http-request';
import { type MaskedInvokeRequest, toQueryParameters } from '@/lib/invoke/request';

import { CopyButton } from '@/components/ui/copy-button';

const TABS = [
  { id: 'params', label: 'Parameters' },
  { id: 'cli', label: 'aliyun CLI' },
  { id: 'http', label: 'HTTP API' },
] as const;

/**
 * The exact InvokeCommand request of each batch, secrets masked: as a parameter table, as an
 * `aliyun` CLI command and as the HTTP request the SDK sends (signature masked).
 */
export function RequestPreview({ batches }: { batches: readonly MaskedInvokeRequest[] }) {
  const [tab, setTab] = useState<(typeof TABS)[number]['id']>('params');
  const [batchIndex, setBatchIndex] = useState(0);
  const request = batches[Math.min(batchIndex, batches.length - 1)];
  if (!request) return null;
  const cli = toAliyunCli(request);
  const http = formatHttpRequest(toHttpRequest(request));

  return (
    <div className="overflow-hidden rounded-md border border-line">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-line bg-surface-2/60 px-2 py-1.5">
        <div role="tablist" aria-label="Request format" className="flex gap-1">
          {TABS.map((entry) => (
            <button
              key={entry.id}
              role="tab"
              type="button"
              aria-selected={tab === entry.id}
              onClick={() => setTab(entry.id)}
              className={cn('rounded px-2 py-1 text-xs font-medium', tab === entry.id ? 'bg-surface text-ink shadow-xs' : 'text-muted hover:text-ink')}
            >
              {entry.label}
            </button>
          ))}
        </div>
        <div className="flex items-center gap-2">
          {batches.length > 1 ? (
            <label className="flex items-center gap-1.5 text-xs text-muted">
              Batch
              <select value={batchIndex} onChange={(event) => setBatchIndex(Number(event.target.value))} className="rounded border border-line bg-surface px-1 py-0.5 text-xs text-ink">
                {batches.map((_, index) => (
                  <option key={index} value={index}>
                    {index + 1} of {batches.length}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {tab === 'cli' ? <CopyButton text={cli} label="Copy as CLI" /> : null}
          {tab === 'http' ? <CopyButton text={http} label="Copy as HTTP" /> : null}
          {tab === 'params' ? <CopyButton text={JSON.stringify(Object.fromEntries(toQueryParameters(request)), null, 2)} label="Copy as JSON" /> : null}
        </div>
      </div>
      <div role="tabpanel" aria-label={TABS.find((entry) => entry.id === tab)?.label} className="max-h-72 overflow-auto">
        {tab === 'params' ? (
          <table className="w-full text-left font-mono text-xs">
            <tbody className="divide-y divide-line">
              {toQueryParameters(request).map(([name, value]) => (
                <tr key={name}>
                  <th scope="row" className="w-48 px-3 py-1.5 align-top font-medium text-muted">
                    {name}
                  </th>
                  <td className="px-3 py-1.5 break-all text-ink">{value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <pre className="px-3 py-2.5 font-mono text-xs leading-relaxed whitespace-pre-wrap break-all text-ink">{tab === 'cli' ? cli : http}</pre>
        )}
      </div>
    </div>
  );
}
