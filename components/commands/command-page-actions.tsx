'use client';

import { Pencil, Rocket, Trash2 } from 'lucide-react';
import { Link } from '@/components/ui/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

import { Button, buttonClasses } from '@/components/ui/button';
import { type CommandActions, type CommandDetailView, isPublicCommand } from '@/lib/commands/view';

import { DeleteCommandDialog } from './delete-command-dialog';
import { launchCommandHref } from './links';
import { ModifyCommandDialog } from './modify-command-dialog';
import { NewCommandButton } from './new-command-button';

/** The command page's header actions for operators: launch, save a copy, and for the account's own, edit and delete. */
export function CommandPageActions({ command, regionId, actions }: { command: CommandDetailView; regionId: string; actions: CommandActions }) {
  const router = useRouter();
  const [open, setOpen] = useState<'modify' | 'delete' | null>(null);
  const editable = !isPublicCommand(command);
  return (
    <div className="flex flex-wrap items-center gap-2">
      {editable ? (
        <>
          <Button variant="secondary" onClick={() => setOpen('delete')} className="hover:text-rose-600">
            <Trash2 aria-hidden className="size-4" />
            Delete
          </Button>
          <Button variant="secondary" onClick={() => setOpen('modify')}>
            <Pencil aria-hidden className="size-4" />
            Edit
          </Button>
        </>
      ) : null}
      <NewCommandButton
        regionId={regionId}
        create={actions.createCommand}
        variant="secondary"
        copyOf={{
          name: command.name,
          description: command.description,
          type: command.type,
          content: command.content,
          workingDir: command.workingDir,
          timeout: String(command.timeout),
          enableParameter: command.enableParameter,
        }}
      />
      <Link href={launchCommandHref(command.commandId, regionId)} className={buttonClasses('primary', 'md')}>
        <Rocket aria-hidden className="size-4" />
        Launch
      </Link>
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
      {open === 'delete' ? <DeleteCommandDialog command={command} regionId={regionId} remove={actions.deleteCommand} onClose={() => setOpen(null)} onDone={() => router.push(`/commands?region=${encodeURIComponent(regionId)}`)} /> : null}
    </div>
  );
}
