'use client';

import { ChevronDown, Download } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';

import { getJson } from '@/components/invoke/use-launch-data';
import { Button, buttonClasses } from '@/components/ui/button';
import { launchResultsHref } from '@/lib/export/hrefs';
import { type OutputGroupsPage, type ReadOutputsAction } from '@/lib/launches/output-groups';

import { outputsUrl } from '../detail/grouped-outputs';

type Phase = { kind: 'idle' } | { kind: 'reading'; read: number; total: number } | { kind: 'failed'; message: string };

const POLL_MS = 1_000;

function save(href: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = '';
  link.click();
}

/**
 * Export a launch's per-instance results as CSV or JSON. With "Include output", the outputs are
 * read in the background first when they have not been (or the launch moved on since), with
 * the progress shown, and the file downloads once they are in.
 */
export function ExportMenu({ launchId, readOutputs }: { launchId: string; readOutputs: ReadOutputsAction }) {
  const [open, setOpen] = useState(false);
  const [withOutput, setWithOutput] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  /** Ask for the read (nothing is queued when a fresh one exists), then wait until it is done. */
  const outputsThenSave = async (href: string) => {
    setPhase({ kind: 'reading', read: 0, total: 0 });
    try {
      const asked = await readOutputs({ launchId });
      if (!asked.ok) return setPhase({ kind: 'failed', message: `${asked.code}: ${asked.message}` });
      let view: { status: string; invocationsRead: number; invocationsTotal: number; error: { code: string; message: string } | null } = asked.data;
      while (view.status === 'queued' || view.status === 'reading') {
        setPhase({ kind: 'reading', read: view.invocationsRead, total: view.invocationsTotal });
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        view = await getJson<OutputGroupsPage>(`${outputsUrl({ launchId })}?page=1`);
      }
      if (view.status === 'failed') return setPhase({ kind: 'failed', message: view.error ? `${view.error.code}: ${view.error.message}` : 'The outputs could not be read.' });
      setPhase({ kind: 'idle' });
      save(href);
    } catch {
      setPhase({ kind: 'failed', message: 'The server did not answer. Try again.' });
    }
  };

  const busy = phase.kind === 'reading';
  return (
    <div ref={root} className="relative">
      <Button ref={toggle} size="sm" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((current) => !current)}>
        <Download aria-hidden className="size-3.5" />
        Export
        <ChevronDown aria-hidden className={`size-3.5 transition-transform ${open ? 'rotate-180' : ''}`} />
      </Button>
      {/* On a phone the panel spans the screen under the button, wherever the button wrapped to. */}
      <div
        id={panelId}
        hidden={!open}
        role="group"
        aria-label="Export results"
        className="absolute right-0 z-20 mt-1.5 w-72 rounded-md border border-line bg-surface p-3 text-[13px] shadow-lg max-sm:fixed max-sm:inset-x-4 max-sm:w-auto"
      >
        <p className="font-medium text-ink">Export results</p>
        <p className="mt-0.5 text-xs text-muted">Every instance: ID, name, status, exit code, error, times.</p>
        <label className="mt-2.5 flex items-start gap-2">
          <input type="checkbox" checked={withOutput} onChange={(event) => setWithOutput(event.target.checked)} className="mt-0.5 size-4 accent-accent-600" />
          <span>
            <span className="font-medium text-ink">Include output</span>
            <span className="block text-xs text-muted">Read first in the background if needed; up to 24 KB each, as Alibaba keeps it.</span>
          </span>
        </label>
        <div className="mt-3 flex gap-2">
          {(['csv', 'json'] as const).map((format) => {
            const href = launchResultsHref(launchId, format, withOutput);
            return (
              <a
                key={format}
                href={href}
                download
                aria-disabled={busy || undefined}
                onClick={(event) => {
                  if (!withOutput && !busy) return;
                  event.preventDefault();
                  if (!busy) void outputsThenSave(href);
                }}
                className={`${buttonClasses('secondary', 'sm')} flex-1 ${busy ? 'pointer-events-none opacity-60' : ''}`}
              >
                <span className="sr-only">Download </span>
                {format.toUpperCase()}
              </a>
            );
          })}
        </div>
        <p role="status" className="mt-2 text-xs empty:hidden">
          {phase.kind === 'reading' ? (
            <span className="text-muted">Reading outputs{phase.total ? `: ${phase.read} of ${phase.total} InvokeIds` : '…'} The download starts when they are in.</span>
          ) : phase.kind === 'failed' ? (
            <span className="text-rose-700 dark:text-rose-400">Could not read the outputs: {phase.message}</span>
          ) : null}
        </p>
      </div>
    </div>
  );
}
