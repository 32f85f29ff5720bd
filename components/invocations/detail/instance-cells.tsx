import { cn } from '@/lib/cn';
import { exitCodeView, formatElapsed, runDuration } from '@/lib/launches/exit-code';
import { formatUtc } from '@/lib/format';
import { type InstanceSnapshot } from '@/lib/launches/snapshot';

/** A cell's name on a phone, where the header row is hidden; screen readers keep the column header. */
export function PhoneLabel({ children }: { children: string }) {
  return (
    <span aria-hidden className="mr-1.5 text-[11px] font-medium text-muted sm:hidden">
      {children}
    </span>
  );
}

/**
 * The exit code once the command has run and ended. Alibaba answers 0 for an instance that
 * never started, so that reads "—, did not run" instead; one still running has none yet.
 */
export function ExitCode({ instance }: { instance: Pick<InstanceSnapshot, 'status' | 'exitCode' | 'startTime'> }) {
  const view = exitCodeView(instance);
  if (view.kind === 'code') return <span className={cn('font-mono tabular', view.code !== 0 ? 'font-medium text-rose-700 dark:text-rose-400' : 'text-muted')}>{view.code}</span>;
  const words = view.kind === 'did-not-run' ? 'did not run' : view.kind === 'not-finished' ? 'not finished' : 'not reported';
  return (
    <span className="text-muted" title={`No exit code: ${words}`}>
      <span aria-hidden>—</span>
      <span className="sr-only">{words}</span>
    </span>
  );
}

/** How long the run took, with the exact finish time on hover. */
export function Duration({ instance }: { instance: Pick<InstanceSnapshot, 'startTime' | 'finishTime'> }) {
  const ms = runDuration(instance);
  if (ms === null || !instance.finishTime) {
    return (
      <span className="text-muted">
        <span aria-hidden>—</span>
        <span className="sr-only">{instance.startTime ? 'still running' : 'did not start'}</span>
      </span>
    );
  }
  return (
    <time dateTime={`PT${(ms / 1000).toFixed(1)}S`} title={`Finished ${formatUtc(new Date(instance.finishTime))}`} className="tabular">
      {formatElapsed(ms)}
    </time>
  );
}
