'use client';

import { type KeyboardEvent, useId, useRef, useState } from 'react';

import { cn } from '@/lib/cn';
import { toAliyunCli } from '@/lib/invoke/cli';
import { formatHttpRequest, toHttpRequest } from '@/lib/invoke/http-request';
import { type MaskedInvokeRequest, toQueryParameters } from '@/lib/invoke/request';

import { CopyButton } from '@/components/ui/copy-button';

const TABS = [
  { id: 'params', label: 'Parameters', copy: 'Copy as JSON' },
  { id: 'cli', label: 'aliyun CLI', copy: 'Copy as CLI' },
  { id: 'powershell', label: 'PowerShell', copy: 'Copy for PowerShell' },
  { id: 'http', label: 'HTTP API', copy: 'Copy as HTTP' },
] as const;

type TabId = (typeof TABS)[number]['id'];

/**
 * The exact InvokeCommand request of each batch, secrets masked: as a parameter table, as an
 * `aliyun` CLI command for sh and for PowerShell, and as the HTTP request the SDK sends
 * (signature masked). The format tabs follow the tabs pattern: arrow keys, Home and End move
 * between them, and the panel (a scroll box) takes the focus next.
 */
export function RequestPreview({ batches }: { batches: readonly MaskedInvokeRequest[] }) {
  const [tab, setTab] = useState<TabId>('params');
  const [batchIndex, setBatchIndex] = useState(0);
  const baseId = useId();
  const tabRefs = useRef(new Map<TabId, HTMLButtonElement>());
  const request = batches[Math.min(batchIndex, batches.length - 1)];
  if (!request) return null;
  const texts: Record<TabId, () => string> = {
    params: () => JSON.stringify(Object.fromEntries(toQueryParameters(request)), null, 2),
    cli: () => toAliyunCli(request, 'posix'),
    powershell: () => toAliyunCli(request, 'powershell'),
    http: () => formatHttpRequest(toHttpRequest(request)),
  };
  const current = TABS.find((entry) => entry.id === tab) ?? TABS[0];
  const text = texts[current.id]();
  const tabId = (id: TabId) => `${baseId}-tab-${id}`;
  const panelId = `${baseId}-panel`;

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = TABS.findIndex((entry) => entry.id === tab);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = TABS[(next + TABS.length) % TABS.length] ?? TABS[0];
    setTab(target.id);
    tabRefs.current.get(target.id)?.focus();
  };

  return (
    <div className="overflow-hidden rounded-md border border-line">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-line bg-surface-2/60 px-2 py-1.5">
        <div role="tablist" aria-label="Request format" className="flex flex-wrap gap-1">
          {TABS.map((entry) => (
            <button
              key={entry.id}
              ref={(element) => {
                if (element) tabRefs.current.set(entry.id, element);
                else tabRefs.current.delete(entry.id);
              }}
              id={tabId(entry.id)}
              role="tab"
              type="button"
              aria-selected={tab === entry.id}
              aria-controls={panelId}
              tabIndex={tab === entry.id ? 0 : -1}
              onClick={() => setTab(entry.id)}
              onKeyDown={onKeyDown}
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
          <CopyButton text={text} label={current.copy} />
        </div>
      </div>
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(current.id)} tabIndex={0} className="max-h-72 overflow-auto focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent-500">
        {tab === 'params' ? (
          <table className="w-full text-left font-mono text-xs">
            <tbody className="divide-y divide-line">
              {toQueryParameters(request).map(([name, value]) => (
                <tr key={name}>
                  <th scope="row" className="w-28 px-3 py-1.5 align-top font-medium break-all text-muted sm:w-48">
                    {name}
                  </th>
                  <td className="px-3 py-1.5 break-all whitespace-pre-wrap text-ink">{value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <pre className="px-3 py-2.5 font-mono text-xs leading-relaxed whitespace-pre-wrap break-all text-ink">{text}</pre>
        )}
      </div>
    </div>
  );
}
