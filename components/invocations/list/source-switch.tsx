import { Globe2, Rocket } from 'lucide-react';
import { Link } from '@/components/ui/link';

import { cn } from '@/lib/cn';
import { historyHref } from '@/lib/launches/account-history-query';

const tab =
  'inline-flex items-center gap-1.5 rounded-[5px] px-3 py-1.5 text-[13px] font-medium whitespace-nowrap transition-colors focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-accent-500 max-sm:flex-1 max-sm:justify-center';

/**
 * Which history the list shows: InvokeDeck's own launches (from its records), or every
 * invocation of a region, whoever made it (from Alibaba's DescribeInvocations).
 */
export function SourceSwitch({ source, region }: { source: 'launches' | 'account'; region: string | undefined }) {
  const link = (value: 'launches' | 'account', href: string, icon: typeof Rocket, label: string, where?: string) => {
    const Icon = icon;
    const current = source === value;
    return (
      <Link
        href={href}
        aria-current={current ? 'page' : undefined}
        className={cn(tab, current ? 'bg-surface text-ink shadow-xs ring-1 ring-line-strong' : 'text-muted hover:text-ink')}
      >
        <Icon aria-hidden className="size-3.5" />
        {/* The region is in the filters below too; on a phone the switch keeps to one line. */}
        <span>
          {label}
          {where ? <span className="max-sm:sr-only"> in {where}</span> : null}
        </span>
      </Link>
    );
  };
  return (
    <nav aria-label="Source" className="mb-4 flex flex-wrap items-center gap-x-4 gap-y-2">
      <div className="inline-flex rounded-md bg-surface-2 p-0.5 ring-1 ring-line ring-inset max-sm:w-full">
        {link('launches', '/invocations', Rocket, 'InvokeDeck launches')}
        {link('account', historyHref(region ? { region } : {}), Globe2, 'Whole account', region)}
      </div>
      <p className="text-xs text-muted">
        {source === 'launches'
          ? 'What was launched through InvokeDeck, from its own records.'
          : 'Every invocation Alibaba Cloud has in this region, from InvokeDeck, the console, the CLI or any other tool.'}
      </p>
    </nav>
  );
}
