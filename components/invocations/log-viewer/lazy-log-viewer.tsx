'use client';

import { lazy, Suspense } from 'react';

// `import type`: erased entirely, so the viewer is not pulled in ahead of its lazy import.
import type { LogViewerProps } from '@/components/invocations/log-viewer/log-viewer';

// The viewer (ANSI parsing, virtual scrolling, search) is fetched when an output is first
// shown, not with the page: most visits open no output at all.
const Viewer = lazy(() => import('@/components/invocations/log-viewer/log-viewer').then((module) => ({ default: module.LogViewer })));

/** The log viewer, loaded on first use; until then a box of its size says the output is coming. */
export function LogViewer(props: LogViewerProps) {
  return (
    <Suspense fallback={<LogViewerPlaceholder label={props.label} height={props.height ?? 420} />}>
      <Viewer {...props} />
    </Suspense>
  );
}

function LogViewerPlaceholder({ label, height }: { label: string; height: number }) {
  return (
    <div role="status" aria-label={`Loading: ${label}`} className="overflow-hidden rounded-lg border border-line bg-surface shadow-xs">
      <div className="h-12 border-b border-line bg-surface-2/60" />
      <div className="animate-pulse bg-surface-2/40" style={{ height }} />
    </div>
  );
}
