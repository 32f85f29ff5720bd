'use client';

import { LogOut } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';

import { Button } from '@/components/ui/button';
import { type ActionResult } from '@/lib/action-result';

export function SignOutButton({ signOut }: { signOut: (input: Record<string, never>) => Promise<ActionResult<unknown>> }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant="ghost"
      size="sm"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await signOut({});
          router.replace('/login');
          router.refresh();
        })
      }
    >
      <LogOut aria-hidden className="size-3.5" />
      Sign out
    </Button>
  );
}
