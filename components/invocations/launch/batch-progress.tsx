import { cn } from '@/lib/cn';

/** How many of a launch's batches have been sent, as a bar with words. */
export function BatchProgress({ sent, failed, skipped = 0, total, sending }: { sent: number; failed: number; skipped?: number; total: number; sending: boolean }) {
  const done = sent + failed + skipped;
  return (
    <div className="space-y-1.5">
      <div
        role="progressbar"
        aria-label="Batches sent"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={`${sent} of ${total} batches sent${failed ? `, ${failed} failed to send` : ''}${skipped ? `, ${skipped} not sent` : ''}`}
        className="flex h-2 overflow-hidden rounded-full bg-surface-2"
      >
        <div className="h-full bg-emerald-500 transition-[width] duration-300" style={{ width: `${(sent / Math.max(total, 1)) * 100}%` }} />
        <div className="h-full bg-rose-500 transition-[width] duration-300" style={{ width: `${(failed / Math.max(total, 1)) * 100}%` }} />
        <div className="h-full bg-zinc-400 transition-[width] duration-300 dark:bg-zinc-600" style={{ width: `${(skipped / Math.max(total, 1)) * 100}%` }} />
      </div>
      <p className={cn('text-xs tabular', failed ? 'text-rose-700 dark:text-rose-400' : 'text-muted')}>
        {sending ? `Sending… ${sent} of ${total} batches sent` : `${sent} of ${total} batches sent`}
        {failed ? `, ${failed} failed to send` : ''}
        {skipped ? `, ${skipped} not sent` : ''}
      </p>
    </div>
  );
}
