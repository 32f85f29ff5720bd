import { Cloud } from 'lucide-react';

import { Badge } from '@/components/ui/badge';
import { cn } from '@/lib/cn';
import { PUBLIC_COMMAND_LABEL } from '@/lib/commands/view';

/** Marks one of Alibaba's public commands: an icon and words, never colour alone. */
export function PublicCommandBadge({ className }: { className?: string }) {
  return (
    <Badge tone="accent" className={cn('py-0 text-[11px]', className)}>
      <Cloud aria-hidden className="size-3" />
      {PUBLIC_COMMAND_LABEL}
    </Badge>
  );
}
