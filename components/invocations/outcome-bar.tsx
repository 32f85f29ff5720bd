import { cn } from '@/lib/cn';
import { OUTCOMES, type Outcome, type OutcomeCounts, outcomeTotal, outcomeWords } from '@/lib/launches/outcomes';

import { TONE_CLASSES } from './status-badge';
import { formatNumber } from '@/lib/format';

/** The status colours (DESIGN §8) for the four outcomes, and their short words. */
export const OUTCOME_STYLE: Record<Outcome, { bar: string; text: string; short: string }> = {
  succeeded: { bar: TONE_CLASSES.success.bar, text: 'text-emerald-700 dark:text-emerald-400', short: 'ok' },
  failed: { bar: TONE_CLASSES.failed.bar, text: 'text-rose-700 dark:text-rose-400', short: 'failed' },
  running: { bar: TONE_CLASSES.running.bar, text: 'text-sky-700 dark:text-sky-400', short: 'running' },
  scheduled: { bar: TONE_CLASSES.scheduled.bar, text: 'text-violet-700 dark:text-violet-300', short: 'scheduled' },
  stopped: { bar: TONE_CLASSES.stopped.bar, text: 'text-muted', short: 'stopped' },
};

/**
 * What became of a launch's instances as one small stacked bar, its counts in words beside it
 * (colour is never the only signal). The bar's text alternative says every count in full.
 */
export function OutcomeBar({ counts, className }: { counts: OutcomeCounts; className?: string }) {
  const total = outcomeTotal(counts);
  if (total === 0) return null;
  const words = outcomeWords(counts);
  return (
    <div className={cn('min-w-0', className)}>
      <div role="img" aria-label={words} title={words} className="flex h-1.5 w-full gap-px overflow-hidden rounded-full bg-surface-2">
        {OUTCOMES.map((outcome) =>
          counts[outcome] > 0 ? <span key={outcome} className={cn('h-full min-w-0.5', OUTCOME_STYLE[outcome].bar)} style={{ width: `${(counts[outcome] / total) * 100}%` }} /> : null,
        )}
      </div>
      {/* The same counts, short, for the eye; the bar above already says them to a screen reader. */}
      <p aria-hidden className="mt-1 flex flex-wrap gap-x-2 text-[11px] leading-4 text-muted tabular">
        {OUTCOMES.map((outcome) =>
          counts[outcome] > 0 ? (
            <span key={outcome} className={cn(outcome === 'failed' && cn('font-medium', OUTCOME_STYLE.failed.text))}>
              {formatNumber(counts[outcome])} {OUTCOME_STYLE[outcome].short}
            </span>
          ) : null,
        )}
      </p>
    </div>
  );
}
