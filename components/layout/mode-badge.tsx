import { Cloud, FlaskConical } from 'lucide-react';

import { cn } from '@/lib/cn';

export function ModeBadge({ mode }: { mode: { kind: 'sandbox' } | { kind: 'live'; regions: string[] } }) {
  const sandbox = mode.kind === 'sandbox';
  const Icon = sandbox ? FlaskConical : Cloud;
  return (
    <span
      data-testid="mode-badge"
      title={sandbox ? 'No Alibaba credentials configured: calls go to the built-in ECS sandbox.' : 'Calls go to Alibaba Cloud.'}
      className={cn(
        'inline-flex h-6 items-center gap-1.5 rounded-full px-2.5 text-xs font-medium ring-1 ring-inset',
        sandbox
          ? 'bg-amber-50 text-amber-800 ring-amber-300 dark:bg-amber-950 dark:text-amber-300 dark:ring-amber-800'
          : 'bg-emerald-50 text-emerald-800 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-300 dark:ring-emerald-800',
      )}
    >
      <Icon aria-hidden className="size-3.5" />
      {sandbox ? 'Sandbox' : `Live: ${mode.regions.join(', ')}`}
    </span>
  );
}
