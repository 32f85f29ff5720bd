import { type ReactNode } from 'react';

import { COMMAND_TYPE_LABELS } from '@/components/invoke/command-types';
import { TimeAgo } from '@/components/ui/time-ago';
import { type CommandDetailView, isPublicCommand } from '@/lib/commands/view';
import { formatCount, formatNumber } from '@/lib/format';

/** What DescribeCommands says about a command, as a definition list. */
export function CommandFacts({ command, regionId }: { command: CommandDetailView; regionId: string }) {
  const type = COMMAND_TYPE_LABELS[command.type];
  const rows: [string, ReactNode][] = [
    ['Command ID', <span key="id" className="font-mono break-all">{command.commandId}</span>],
    ['Region', <span key="region" className="font-mono">{regionId}</span>],
    ['Type', `${type.long} · ${type.os}`],
    ['Working directory', <span key="dir" className="font-mono break-all">{command.workingDir || 'the agent’s default'}</span>],
    ['Timeout', `${formatNumber(command.timeout)} s`],
    ['Custom parameters', command.enableParameter ? formatCount(command.parameters.length, 'parameter') : 'Off'],
    ['Runs (InvokeTimes)', formatNumber(command.invokeTimes)],
  ];
  if (isPublicCommand(command)) {
    rows.push(['Provider', command.provider ?? ''], ['Version', `v${command.version}${command.latest ? ' (newest)' : ''}`]);
    if (command.category) rows.push(['Category', command.category]);
  }
  if (command.launcher) rows.push(['Launcher', <span key="launcher" className="font-mono break-all">{command.launcher}</span>]);
  if (command.creationTime) rows.push(['Created', <TimeAgo key="created" iso={command.creationTime} className="tabular" />]);
  return (
    <dl className="divide-y divide-line text-[13px]">
      {rows.map(([term, value]) => (
        <div key={term} className="grid grid-cols-[9.5rem_minmax(0,1fr)] gap-3 px-5 py-2">
          <dt className="text-muted">{term}</dt>
          <dd className="text-ink">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
