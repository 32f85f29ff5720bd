'use client';

import { CopyPlus, Plus } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

import { Button } from '@/components/ui/button';
import { type ActionResult } from '@/lib/action-result';
import { type CommandForm, type CreateCommandInput } from '@/lib/commands/schema';
import { type SavedCommand } from '@/lib/commands/view';

import { CreateCommandDialog } from './create-command-dialog';
import { commandHref } from './links';

/** "New command", or "Save a copy" of one (its script and settings prefilled); opens the saved command's page. */
export function NewCommandButton({
  regionId,
  create,
  copyOf,
  variant = 'primary',
}: {
  regionId: string;
  create: (input: CreateCommandInput) => Promise<ActionResult<SavedCommand>>;
  copyOf?: Partial<CommandForm> & { name: string };
  variant?: 'primary' | 'secondary';
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const Icon = copyOf ? CopyPlus : Plus;
  return (
    <>
      <Button variant={variant} onClick={() => setOpen(true)}>
        <Icon aria-hidden className="size-4" />
        {copyOf ? 'Save a copy' : 'New command'}
      </Button>
      {open ? (
        <CreateCommandDialog
          regionId={regionId}
          title={copyOf ? `Save a copy of ${copyOf.name}` : 'New command'}
          {...(copyOf ? { initial: { ...copyOf, name: `${copyOf.name}-copy`.slice(0, 128) } } : {})}
          create={create}
          onClose={() => setOpen(false)}
          onDone={(saved) => {
            setOpen(false);
            router.push(commandHref(saved.commandId, saved.regionId));
          }}
        />
      ) : null}
    </>
  );
}
