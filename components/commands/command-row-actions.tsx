'use client';

import { Pencil, Rocket, Trash2 } from 'lucide-react';
import { Link } from '@/components/ui/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

import { Button, buttonClasses } from '@/components/ui/button';
import { cn } from '@/lib/cn';
import { type CommandActions, type CommandListItem, isPublicCommand } from '@/lib/commands/view';

import { DeleteCommandDialog } from './delete-command-dialog';
import { launchCommandHref } from './links';
import { ModifyCommandDialog } from './modify-command-dialog';

/**
 * Launch, edit and delete for one command; finger-sized where the list is cards. Alibaba's
 * commands can be launched, never edited; viewers get none of these (the server refuses them too).
 */
export function CommandRowActions({ command, regionId, canEdit, actions }: { command: CommandListItem; regionId: string; canEdit: boolean; actions: CommandActions }) {
  const router = useRouter();
  const [open, setOpen] = useState<'modify' | 'delete' | null>(null);
  if (!canEdit) return null;
  const label = command.name || command.commandId;
  const editable = !isPublicCommand(command);
  return (
    <div className="flex justify-end gap-0.5">
      <Link href={launchCommandHref(command.commandId, regionId)} aria-label={`Launch ${label}`} title="Launch" className={cn(buttonClasses('ghost', 'sm'), 'px-2 max-lg:size-9')}>
        <Rocket aria-hidden className="size-3.5" />
      </Link>
      {editable ? (
        <>
          <Button variant="ghost" size="sm" className="px-2 max-lg:size-9" aria-label={`Edit ${label}`} title="Edit" onClick={() => setOpen('modify')}>
            <Pencil aria-hidden className="size-3.5" />
          </Button>
          <Button variant="ghost" size="sm" className="px-2 hover:text-rose-600 max-lg:size-9" aria-label={`Delete ${label}`} title="Delete" onClick={() => setOpen('delete')}>
            <Trash2 aria-hidden className="size-3.5" />
          </Button>
        </>
      ) : null}
      {open === 'modify' ? (
        <ModifyCommandDialog
          command={command}
          regionId={regionId}
          modify={actions.modifyCommand}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            router.refresh();
          }}
        />
      ) : null}
      {open === 'delete' ? (
        <DeleteCommandDialog
          command={command}
          regionId={regionId}
          remove={actions.deleteCommand}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            router.refresh();
          }}
        />
      ) : null}
    </div>
  );
}
