import { Link } from '@/components/ui/link';

import { COMMAND_TYPE_LABELS } from '@/components/invoke/command-types';
import { Badge } from '@/components/ui/badge';
import { CellLabel } from '@/components/ui/cell-label';
import { TimeAgo } from '@/components/ui/time-ago';
import { formatCount, formatNumber } from '@/lib/format';
import { type CommandActions, type CommandListItem, isPublicCommand } from '@/lib/commands/view';

import { CommandRowActions } from './command-row-actions';
import { commandHref } from './links';
import { PublicCommandBadge } from './public-command-badge';

/**
 * The region's commands: the account's own, then Alibaba's. Below lg each row stacks into a
 * card (name and actions first); the explicit roles keep it a table for screen readers once
 * CSS makes its parts blocks.
 */
export function CommandTable({ commands, regionId, canEdit, actions }: { commands: CommandListItem[]; regionId: string; canEdit: boolean; actions: CommandActions }) {
  return (
    <div className="lg:overflow-x-auto">
      <table role="table" aria-label="Commands" className="block w-full text-left text-sm lg:table lg:min-w-[56rem]">
        <thead role="rowgroup" className="sr-only border-b border-line text-xs text-muted lg:not-sr-only lg:table-header-group">
          <tr role="row">
            <th role="columnheader" scope="col" className="px-5 py-2.5 font-medium">Command</th>
            <th role="columnheader" scope="col" className="px-3 py-2.5 font-medium">Type</th>
            <th role="columnheader" scope="col" className="px-3 py-2.5 font-medium">Parameters</th>
            <th role="columnheader" scope="col" className="px-3 py-2.5 font-medium">Timeout</th>
            <th role="columnheader" scope="col" className="px-3 py-2.5 font-medium">Source</th>
            <th role="columnheader" scope="col" className="px-5 py-2.5 text-right font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup" className="block divide-y divide-line lg:table-row-group">
          {commands.map((command) => {
            const type = COMMAND_TYPE_LABELS[command.type];
            const shared = isPublicCommand(command);
            return (
              <tr key={command.commandId} role="row" className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] gap-x-4 gap-y-3 px-4 py-4 align-top hover:bg-surface-2/40 sm:px-5 lg:table-row lg:p-0">
                <td role="cell" className="col-span-2 row-start-1 min-w-0 lg:max-w-[28rem] lg:px-5 lg:py-3">
                  <Link href={commandHref(command.commandId, regionId)} className="font-mono text-[13px] font-medium break-all text-ink hover:text-accent-600 hover:underline dark:hover:text-accent-400">
                    {command.name || command.commandId}
                  </Link>
                  {command.description ? <p className="mt-0.5 line-clamp-2 text-xs text-muted">{command.description}</p> : null}
                  <p className="mt-1 font-mono text-[11px] break-all text-faint tabular">{command.commandId}</p>
                </td>
                <td role="cell" className="min-w-0 text-xs lg:px-3 lg:py-3">
                  <CellLabel until="lg">Type</CellLabel>
                  <Badge tone={command.type === 'RunShellScript' ? 'neutral' : 'info'}>{type.short}</Badge>
                  <div className="mt-1 text-muted">{type.os}</div>
                </td>
                <td role="cell" className="min-w-0 text-xs lg:px-3 lg:py-3">
                  <CellLabel until="lg">Parameters</CellLabel>
                  {command.enableParameter ? (
                    <span className="text-ink" title={command.parameterNames.join(', ')}>
                      {formatCount(command.parameterNames.length, 'parameter')}
                    </span>
                  ) : (
                    <span className="text-muted">Off</span>
                  )}
                </td>
                <td role="cell" className="min-w-0 text-xs lg:px-3 lg:py-3">
                  <CellLabel until="lg">Timeout</CellLabel>
                  <span className="text-ink tabular">{formatNumber(command.timeout)} s</span>
                </td>
                <td role="cell" className="col-span-3 min-w-0 text-xs sm:col-span-1 lg:px-3 lg:py-3">
                  <CellLabel until="lg">Source</CellLabel>
                  {shared ? (
                    <div className="space-y-1">
                      <PublicCommandBadge />
                      <div className="text-muted">
                        v{command.version}
                        {command.category ? ` · ${command.category}` : ''}
                      </div>
                    </div>
                  ) : (
                    <div>
                      <div className="font-medium text-ink">This account</div>
                      {command.creationTime ? <TimeAgo iso={command.creationTime} className="text-muted tabular" /> : null}
                    </div>
                  )}
                </td>
                <td role="cell" className="col-start-3 row-start-1 -mt-2 -mr-2.5 lg:m-0 lg:px-5 lg:py-2.5 lg:text-right">
                  <CommandRowActions command={command} regionId={regionId} canEdit={canEdit} actions={actions} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
