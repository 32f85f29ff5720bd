'use client';

import { Fragment } from 'react';

import { cn } from '@/lib/cn';
import { formatBytes } from '@/lib/format';
import { type ParameterEntry } from '@/lib/invoke/draft';
import { type Limits } from '@/lib/invoke/limits';
import { measureContent } from '@/lib/invoke/rules-parameters';
import { hidesValue, SECRET_MASK } from '@/lib/invoke/secrets';
import { type InvokeCommandInfo } from '@/lib/invoke/types';

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_-]+)\s*\}\}/g;

/**
 * The command content as it will run: values filled in (secret ones masked) and
 * highlighted, with the Base64 size of the result against the API's limit.
 */
export function ContentPreview({ command, entries, limits }: { command: InvokeCommandInfo; entries: readonly ParameterEntry[]; limits: Limits }) {
  const size = measureContent(command, entries, limits);
  const values = new Map(entries.map((entry) => [entry.name.toLowerCase(), entry]));
  const pieces: { text: string; kind: 'plain' | 'value' | 'secret' | 'empty' }[] = [];
  let last = 0;
  if (command.enableParameter) {
    for (const match of command.content.matchAll(PLACEHOLDER)) {
      const start = match.index ?? 0;
      pieces.push({ text: command.content.slice(last, start), kind: 'plain' });
      const entry = values.get((match[1] ?? '').toLowerCase());
      if (!entry || entry.value === '') pieces.push({ text: '', kind: 'empty' });
      else pieces.push(hidesValue(entry) ? { text: SECRET_MASK, kind: 'secret' } : { text: entry.value, kind: 'value' });
      last = start + match[0].length;
    }
  }
  pieces.push({ text: command.content.slice(last), kind: 'plain' });
  const ratio = Math.min(1, size.base64Bytes / size.limit);

  return (
    <div className="overflow-hidden rounded-md border border-line">
      <div className="flex items-center justify-between gap-3 border-b border-line bg-surface-2/60 px-3 py-1.5">
        <span className="text-xs font-medium text-muted">Preview: the content as it will run</span>
        <SizeMeter bytes={size.base64Bytes} limit={size.limit} ratio={ratio} fits={size.fits} />
      </div>
      <pre aria-label="Command preview" className="max-h-64 overflow-auto bg-surface px-3 py-2.5 font-mono text-xs leading-relaxed whitespace-pre-wrap">
        {pieces.map((piece, index) => (
          <Fragment key={index}>
            {piece.kind === 'plain' ? piece.text : null}
            {piece.kind === 'value' ? <mark className="rounded-sm bg-accent-100 px-0.5 text-accent-900 dark:bg-accent-900/60 dark:text-accent-100">{piece.text}</mark> : null}
            {piece.kind === 'secret' ? <mark className="rounded-sm bg-amber-100 px-0.5 text-amber-900 dark:bg-amber-900/50 dark:text-amber-100">{piece.text}</mark> : null}
            {piece.kind === 'empty' ? <mark title="No value: the command sees an empty string" className="rounded-sm bg-surface-2 px-1 text-faint">∅</mark> : null}
          </Fragment>
        ))}
      </pre>
    </div>
  );
}

function SizeMeter({ bytes, limit, ratio, fits }: { bytes: number; limit: number; ratio: number; fits: boolean }) {
  const tone = !fits ? 'bg-rose-500' : ratio > 0.85 ? 'bg-amber-500' : 'bg-emerald-500';
  return (
    <div className="flex items-center gap-2" title="Base64 of the content with the values filled in, against the API's limit">
      <div
        role="meter"
        aria-label="Content size"
        aria-valuemin={0}
        aria-valuemax={limit}
        aria-valuenow={Math.min(bytes, limit)}
        aria-valuetext={`${formatBytes(bytes)} of ${formatBytes(limit)} Base64`}
        className="h-1.5 w-24 overflow-hidden rounded-full bg-line"
      >
        <div className={cn('h-full rounded-full', tone)} style={{ width: `${Math.max(2, ratio * 100)}%` }} />
      </div>
      <span className={cn('text-xs tabular', fits ? 'text-muted' : 'font-medium text-rose-600 dark:text-rose-400')}>
        {formatBytes(bytes)} / {formatBytes(limit)}
      </span>
    </div>
  );
}
