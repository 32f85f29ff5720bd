import { CheckCircle2, CircleDashed, CircleSlash, Clock3, Hourglass, Loader2, PauseCircle, TriangleAlert, XCircle } from 'lucide-react';

import { cn } from '@/lib/cn';
import { type StatusTone, statusTone } from '@/lib/launches/status';

/** Status colours, used the same way on every page (DESIGN §8); the text and icon carry it too. */
export const TONE_CLASSES: Record<StatusTone, { badge: string; bar: string; icon: typeof CheckCircle2 }> = {
  pending: { badge: 'bg-amber-50 text-amber-800 ring-amber-200 dark:bg-amber-950 dark:text-amber-300 dark:ring-amber-900', bar: 'bg-amber-400', icon: CircleDashed },
  running: { badge: 'bg-sky-50 text-sky-700 ring-sky-200 dark:bg-sky-950 dark:text-sky-300 dark:ring-sky-900', bar: 'bg-sky-500', icon: Loader2 },
  scheduled: { badge: 'bg-violet-50 text-violet-700 ring-violet-200 dark:bg-violet-950 dark:text-violet-300 dark:ring-violet-900', bar: 'bg-violet-500', icon: Clock3 },
  success: { badge: 'bg-emerald-50 text-emerald-700 ring-emerald-200 dark:bg-emerald-950 dark:text-emerald-300 dark:ring-emerald-900', bar: 'bg-emerald-500', icon: CheckCircle2 },
  failed: { badge: 'bg-rose-50 text-rose-700 ring-rose-200 dark:bg-rose-950 dark:text-rose-300 dark:ring-rose-900', bar: 'bg-rose-500', icon: XCircle },
  partial: { badge: 'bg-orange-50 text-orange-800 ring-orange-200 dark:bg-orange-950 dark:text-orange-300 dark:ring-orange-900', bar: 'bg-orange-500', icon: TriangleAlert },
  stopped: { badge: 'bg-zinc-100 text-zinc-700 ring-zinc-300 dark:bg-zinc-800 dark:text-zinc-300 dark:ring-zinc-700', bar: 'bg-zinc-400', icon: CircleSlash },
};

/** Our own statuses that are not one word of Alibaba's; theirs show as they send them, so they can be searched. */
const LABELS: Record<string, { label: string; icon: typeof CheckCircle2; badge?: string }> = {
  // A launch an approval rule holds until a second operator decides: amber, as anything still to be sent.
  AwaitingApproval: { label: 'Awaiting approval', icon: Hourglass },
  // A canary waiting for a person to resume or abort it: its own colour, so it stands out in a list of running launches.
  Paused: { label: 'Paused', icon: PauseCircle, badge: 'bg-indigo-50 text-indigo-700 ring-indigo-200 dark:bg-indigo-950 dark:text-indigo-300 dark:ring-indigo-900' },
};

export function StatusBadge({ status, className }: { status: string; className?: string }) {
  const tone = statusTone(status);
  const own = LABELS[status];
  const badge = own?.badge ?? TONE_CLASSES[tone].badge;
  const Icon = own?.icon ?? TONE_CLASSES[tone].icon;
  return (
    <span className={cn('inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset', badge, className)} data-status={status}>
      <Icon aria-hidden className={cn('size-3', tone === 'running' && 'animate-spin [animation-duration:2s]')} />
      {own?.label ?? status}
    </span>
  );
}
