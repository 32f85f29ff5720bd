'use client';

import { ConfirmDialog } from '@/components/presets/confirm-dialog';
import { type ActionResult } from '@/lib/action-result';
import { type DeleteCommandInput } from '@/lib/commands/schema';
import { type CommandListItem, type SavedCommand } from '@/lib/commands/view';
import { formatCount } from '@/lib/format';

/** Delete one of the account's commands, naming it and saying what stays. */
export function DeleteCommandDialog({
  command,
  regionId,
  remove,
  onClose,
  onDone,
}: {
  command: Pick<CommandListItem, 'commandId' | 'name' | 'invokeTimes'>;
  regionId: string;
  remove: (input: DeleteCommandInput) => Promise<ActionResult<SavedCommand>>;
  onClose: () => void;
  onDone: (deleted: SavedCommand) => void;
}) {
  return (
    <ConfirmDialog
      title={`Delete ${command.name || command.commandId}?`}
      description={
        <>
          <span className="font-mono">{command.commandId}</span> in {regionId} is deleted for everyone in the account.
        </>
      }
      confirmLabel="Delete command"
      tone="danger"
      onConfirm={() => remove({ regionId, commandId: command.commandId })}
      onDone={onDone}
      onClose={onClose}
    >
      <p className="text-muted">
        {command.invokeTimes > 0 ? `It was run ${formatCount(command.invokeTimes, 'time')}. ` : ''}
        Invocations already made keep their copy of the script, and InvokeDeck keeps its launches of it, but nothing can launch it again. Presets that use it will ask for another command.
      </p>
    </ConfirmDialog>
  );
}
