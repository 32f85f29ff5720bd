'use client';

import { Check, ChevronDown, ChevronUp, Copy, Download, Search } from 'lucide-react';
import { type RefObject, useState } from 'react';

import { type LogSearch } from '@/components/invocations/log-viewer/use-log-search';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { formatCount, formatNumber } from '@/lib/format';

interface LogToolbarProps {
  search: LogSearch;
  inputRef: RefObject<HTMLInputElement | null>;
  /** Moves to the next or previous match and scrolls to it. */
  onStep: (direction: 1 | -1) => void;
  onCopy: () => Promise<boolean>;
  onDownload: () => void;
  lineCount: number;
  /** False while a large output is still being read. */
  done: boolean;
}

export function LogToolbar({ search, inputRef, onStep, onCopy, onDownload, lineCount, done }: LogToolbarProps) {
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const { matches, current, query, pending } = search;
  const status = query === '' ? '' : pending ? 'Searching…' : matches.count === 0 ? 'No matches' : `${formatNumber(current + 1)} of ${formatNumber(matches.count)}`;

  return (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-1.5 border-b border-line bg-surface-2/60 px-2.5 py-2">
      <div className="relative w-full sm:w-64">
        <Search aria-hidden className="pointer-events-none absolute top-1/2 left-2.5 size-3.5 -translate-y-1/2 text-faint" />
        <Input
          ref={inputRef}
          type="search"
          aria-label="Search output"
          placeholder="Search output"
          autoComplete="off"
          spellCheck={false}
          className="h-8 pl-8 text-xs"
          value={query}
          onChange={(event) => search.setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            onStep(event.shiftKey ? -1 : 1);
          }}
        />
      </div>
      <span aria-live="polite" className="min-w-16 text-xs text-muted tabular">
        {status}
      </span>
      <Button size="sm" variant="ghost" className="px-1.5" aria-label="Previous match" title="Previous match (Shift+Enter)" disabled={matches.count === 0} onClick={() => onStep(-1)}>
        <ChevronUp aria-hidden className="size-4" />
      </Button>
      <Button size="sm" variant="ghost" className="px-1.5" aria-label="Next match" title="Next match (Enter)" disabled={matches.count === 0} onClick={() => onStep(1)}>
        <ChevronDown aria-hidden className="size-4" />
      </Button>

      <div className="ml-auto flex items-center gap-2">
        <span className="hidden text-xs text-faint tabular sm:inline">{done ? formatCount(lineCount, 'line') : `Reading… ${formatCount(lineCount, 'line')}`}</span>
        <Button
          size="sm"
          aria-label="Copy output"
          onClick={async () => {
            setCopy((await onCopy()) ? 'copied' : 'failed');
            setTimeout(() => setCopy('idle'), 2000);
          }}
        >
          {copy === 'copied' ? <Check aria-hidden className="size-3.5 text-emerald-600" /> : <Copy aria-hidden className="size-3.5" />}
          {copy === 'copied' ? 'Copied' : copy === 'failed' ? 'Copy failed' : 'Copy'}
        </Button>
        <Button size="sm" aria-label="Download output" onClick={onDownload}>
          <Download aria-hidden className="size-3.5" />
          Download
        </Button>
        <span aria-live="polite" className="sr-only">
          {copy === 'copied' ? 'Output copied' : copy === 'failed' ? 'Could not copy; use Download instead' : ''}
        </span>
      </div>
    </div>
  );
}
