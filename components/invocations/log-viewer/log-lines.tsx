'use client';

import { type VirtualItem } from '@tanstack/react-virtual';
import { type RefObject } from 'react';

import { type StoredLine, toAnsiLine } from '@/components/invocations/log-viewer/ansi-types';
import { spanLook } from '@/components/invocations/log-viewer/palette';
import { type LogMatches, matchesOnLine } from '@/components/invocations/log-viewer/search';
import { type LineMark, lineSegments } from '@/components/invocations/log-viewer/segments';
import { ROW_HEIGHT } from '@/components/invocations/log-viewer/use-log-scroller';

interface LogLinesProps {
  lines: readonly StoredLine[];
  /** Widest line in cells: sizes the horizontal scroll once, not per rendered row. */
  columns: number;
  gutterCells: number;
  matches: LogMatches;
  current: number;
  label: string;
  height: number;
  scrollRef: RefObject<HTMLDivElement | null>;
  probeRef: RefObject<HTMLSpanElement | null>;
  items: readonly VirtualItem[];
  totalSize: number;
}

/**
 * The scrollable, focusable log. Lines do not wrap: a fixed row height is what lets 100,000
 * lines scroll without measuring each one, and log lines (tables, progress bars, stack
 * traces) read better unwrapped. Line numbers are drawn with `::before`, so selecting and
 * copying text never picks them up, and stay pinned while scrolling sideways.
 */
export function LogLines({ lines, columns, gutterCells, matches, current, label, height, scrollRef, probeRef, items, totalSize }: LogLinesProps) {
  return (
    <div className="relative">
      <div
        ref={scrollRef}
        role="region"
        aria-label={label}
        tabIndex={0}
        className="peer relative overflow-auto bg-surface font-mono text-xs leading-5 text-ink [tab-size:8] focus-visible:outline-none"
        style={{ height }}
      >
        <span ref={probeRef} aria-hidden className="invisible absolute top-0 left-0 whitespace-pre">
          {'0'.repeat(10)}
        </span>
        <div className="relative" style={{ height: totalSize, width: `${gutterCells + columns + 3}ch`, minWidth: '100%' }}>
          {items.map((item) => (
            <div
              key={item.key}
              className="absolute top-0 left-0 flex w-full"
              style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
            >
              <span
                aria-hidden
                data-line={item.index + 1}
                className="sticky left-0 shrink-0 border-r border-line bg-surface-2 pr-[1ch] text-right text-faint tabular select-none before:content-[attr(data-line)]"
                style={{ width: `${gutterCells}ch` }}
              />
              <LogRow line={lines[item.index]} marks={rowMarks(matches, current, item.index)} />
            </div>
          ))}
        </div>
      </div>
      {/* The focus ring sits above the rows: the scroller's own outline would be painted under them. */}
      <span aria-hidden className="pointer-events-none absolute inset-0 hidden ring-2 ring-accent-500 ring-inset peer-focus-visible:block" />
    </div>
  );
}

function LogRow({ line, marks }: { line: StoredLine | undefined; marks: readonly LineMark[] }) {
  if (line === undefined) return null;
  return (
    <span className="pr-[2ch] pl-[1ch] whitespace-pre">
      {lineSegments(toAnsiLine(line), marks).map((segment, index) => {
        const look = spanLook(segment.style, segment.mark);
        if (segment.mark !== 'none') {
          return (
            <mark key={index} className={look?.className} style={look?.style} data-current={segment.mark === 'current' || undefined}>
              {segment.text}
            </mark>
          );
        }
        return look ? (
          <span key={index} className={look.className} style={look.style}>
            {segment.text}
          </span>
        ) : (
          segment.text
        );
      })}
    </span>
  );
}

function rowMarks(matches: LogMatches, current: number, line: number): LineMark[] {
  if (matches.count === 0) return [];
  const [from, to] = matchesOnLine(matches, line);
  const marks: LineMark[] = [];
  for (let k = from; k < to; k++) {
    const start = matches.column[k] ?? 0;
    marks.push({ start, end: start + matches.length, current: k === current });
  }
  return marks;
}
