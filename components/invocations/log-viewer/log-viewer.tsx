'use client';

import { FileText } from 'lucide-react';
import { type KeyboardEvent, useEffect, useEffectEvent, useMemo, useRef, useSyncExternalStore } from 'react';

import { lineText } from '@/components/invocations/log-viewer/ansi-types';
import { DroppedNotice } from '@/components/invocations/log-viewer/dropped-notice';
import { createLogDocument } from '@/components/invocations/log-viewer/log-document';
import { LogLines } from '@/components/invocations/log-viewer/log-lines';
import { LogToolbar } from '@/components/invocations/log-viewer/log-toolbar';
import { downloadText } from '@/components/invocations/log-viewer/output-file';
import { copyText } from '@/components/ui/copy-text';
import { type LogMatches, searchIndexFor } from '@/components/invocations/log-viewer/search';
import { useLogScroller } from '@/components/invocations/log-viewer/use-log-scroller';
import { useLogSearch } from '@/components/invocations/log-viewer/use-log-search';
import { EmptyState } from '@/components/ui/empty-state';

export interface LogViewerProps {
  /** Decoded output text (already base64-decoded, UTF-8). May be empty. */
  text: string;
  /** Bytes Alibaba discarded beyond its 24 KB output limit (Dropped); 0 when nothing was cut. */
  droppedBytes: number;
  /** Used for the download file name, e.g. `t-abc123-i-uf6xyz.log`. */
  fileName: string;
  /** Accessible name of the log region, e.g. "Output of i-uf6xyz". */
  label: string;
  /** Height of the scroll area in px (default 420). */
  height?: number;
}

/**
 * Command output as a terminal would show it (ANSI colours, `\r` progress bars settled),
 * virtualised so a 5 MB output stays fluid, with search, copy and download.
 */
export function LogViewer({ text, droppedBytes, fileName, label, height = 420 }: LogViewerProps) {
  // One document per text: it parses the first screenful now and the rest in slices.
  const log = useMemo(() => createLogDocument(text), [text]);
  useEffect(() => log.start(), [log]);
  const snapshot = useSyncExternalStore(log.subscribe, log.getSnapshot, log.getSnapshot);
  const search = useLogSearch(snapshot);
  const { scrollRef, probeRef, items, totalSize, reveal } = useLogScroller(snapshot.lines.length);
  const inputRef = useRef<HTMLInputElement>(null);
  const gutterCells = Math.max(3, String(snapshot.lines.length).length) + 2;
  const { matches } = search;

  // New results (a new query, or the output finished loading) show their first match.
  // Only when the result set changes (stepping reveals from its own handler), hence an
  // effect event: the scroll position and gutter width are read, not reacted to.
  const revealFirst = useEffectEvent((results: LogMatches) => {
    if (results.count > 0) reveal(results.line[0] ?? 0, results.column[0] ?? 0, results.length, gutterCells);
  });
  useEffect(() => revealFirst(matches), [matches]);

  function step(direction: 1 | -1) {
    const next = search.step(direction);
    if (next !== -1) reveal(matches.line[next] ?? 0, matches.column[next] ?? 0, matches.length, gutterCells);
  }

  function plainText(): string {
    return searchIndexFor(log.finish().lines).plain;
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    // Ctrl/Cmd+F inside the viewer searches this output instead of the whole page.
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f' && inputRef.current) {
      event.preventDefault();
      inputRef.current.focus();
      inputRef.current.select();
    }
  }

  // Output of nothing but escape codes and line breaks is no output either.
  const empty = useMemo(() => snapshot.done && snapshot.lines.every((line) => lineText(line) === ''), [snapshot]);

  return (
    <div className="space-y-3" onKeyDown={onKeyDown}>
      {droppedBytes > 0 ? <DroppedNotice droppedBytes={droppedBytes} /> : null}
      <div className="overflow-hidden rounded-lg border border-line bg-surface shadow-xs">
        {empty ? (
          <EmptyState icon={<FileText />} title="No output">
            The command printed nothing{droppedBytes > 0 ? ' that was kept' : ''}.
          </EmptyState>
        ) : (
          <>
            <LogToolbar
              search={search}
              inputRef={inputRef}
              onStep={step}
              onCopy={() => copyText(plainText())}
              onDownload={() => downloadText(fileName, plainText())}
              lineCount={snapshot.lines.length}
              done={snapshot.done}
            />
            <LogLines
              lines={snapshot.lines}
              columns={snapshot.columns}
              gutterCells={gutterCells}
              matches={matches}
              current={search.current}
              label={label}
              height={height}
              scrollRef={scrollRef}
              probeRef={probeRef}
              items={items}
              totalSize={totalSize}
            />
          </>
        )}
      </div>
    </div>
  );
}
