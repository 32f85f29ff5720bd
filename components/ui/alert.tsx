import { AlertTriangle, CheckCircle2, Info, XCircle } from 'lucide-react';
import { type ReactNode } from 'react';

import { cn } from '@/lib/cn';

const tones = {
  info: { icon: Info, classes: 'border-sky-200 bg-sky-50 text-sky-900 dark:border-sky-900 dark:bg-sky-950/50 dark:text-sky-200' },
  success: { icon: CheckCircle2, classes: 'border-emerald-200 bg-emerald-50 text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950/50 dark:text-emerald-200' },
  warning: { icon: AlertTriangle, classes: 'border-amber-200 bg-amber-50 text-amber-900 dark:border-amber-900 dark:bg-amber-950/50 dark:text-amber-200' },
  danger: { icon: XCircle, classes: 'border-rose-200 bg-rose-50 text-rose-900 dark:border-rose-900 dark:bg-rose-950/50 dark:text-rose-200' },
} as const;

/** An inline notice. `live` announces it to screen readers when it appears. */
export function Alert({
  tone = 'info',
  title,
  children,
  className,
  live,
}: {
  tone?: keyof typeof tones;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
  live?: boolean;
}) {
  const { icon: Icon, classes } = tones[tone];
  return (
    <div
      className={cn('flex gap-3 rounded-md border px-3.5 py-3 text-sm', classes, className)}
      {...(live ? { role: tone === 'danger' ? 'alert' : 'status' } : {})}
    >
      <Icon aria-hidden className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0 space-y-1">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div className="[&_a]:underline">{children}</div> : null}
      </div>
    </div>
  );
}
