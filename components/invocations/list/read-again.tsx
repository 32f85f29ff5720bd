'use client';

import { RotateCw } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';

import { Button } from '@/components/ui/button';
import { cn } from '@/lib/cn';

/**
 * Ask Alibaba for this page again. Not polled: every read is a DescribeInvocations call on the
 * account's API rate, so the operator decides when statuses are worth reading again.
 */
export function ReadAgain() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button size="sm" variant="ghost" disabled={pending} onClick={() => startTransition(() => router.refresh())}>
      <RotateCw aria-hidden className={cn('size-3.5', pending && 'animate-spin')} />
      {pending ? 'Reading…' : 'Read again'}
    </Button>
  );
}
