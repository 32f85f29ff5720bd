import { SearchX, SquareTerminal } from 'lucide-react';
import { type Metadata } from 'next';
import { Link } from '@/components/ui/link';

import { CommandFilters } from '@/components/commands/command-filters';
import { CommandTable } from '@/components/commands/command-table';
import { NewCommandButton } from '@/components/commands/new-command-button';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { canAct, requireUser } from '@/lib/auth/page';
import { filterCommands, readCommandFilters } from '@/lib/commands/filter';
import { listRegionCommands } from '@/lib/commands/list';
import { isPublicCommand, toCommandListItem } from '@/lib/commands/view';
import { getEcsClient } from '@/lib/ecs';
import { formatCount } from '@/lib/format';
import { allowedRegionOrUndefined, listRegionOptions } from '@/lib/launches/regions';

import { createCommand, deleteCommand, modifyCommand } from './actions';

export const metadata: Metadata = { title: 'Commands' };

type Search = Record<string, string | string[] | undefined>;

export default async function CommandsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requireUser('/commands');
  const params = await searchParams;
  const filters = readCommandFilters(params);
  const regions = await listRegionOptions();
  const asked = await allowedRegionOrUndefined(typeof params.region === 'string' ? params.region : undefined);
  const regionId = asked ?? regions[0]?.regionId ?? '';
  const { commands, truncated } = await listRegionCommands(getEcsClient(), regionId);
  const all = commands.map(toCommandListItem);
  const shown = filterCommands(all, filters);
  const own = all.filter((command) => !isPublicCommand(command)).length;
  const canEdit = canAct(user, 'operator');
  const actions = { createCommand, modifyCommand, deleteCommand };
  const filtered = filters.q !== '' || filters.type !== '' || filters.source !== 'all';

  return (
    <>
      <PageHeader
        title="Commands"
        description="The scripts Cloud Assistant runs: this account’s own, which operators save and edit here, and Alibaba Cloud’s public ones, which anyone may launch as published."
        actions={canEdit ? <NewCommandButton regionId={regionId} create={createCommand} /> : undefined}
      />
      <Card>
        <CommandFilters regions={regions} regionId={regionId} filters={filters} />
        <p className="border-b border-line px-4 py-2 text-xs text-muted tabular sm:px-5" role="status">
          {filtered ? `${formatCount(shown.length, 'command')} matching · ` : ''}
          {formatCount(own, 'command')} of this account and {formatCount(all.length - own, 'public command')} in {regionId}
          {truncated ? ' · only the first 500 of each were read' : ''}
          {canEdit ? '' : ' · viewers read commands; operators save and edit them'}
        </p>
        {shown.length ? (
          <CommandTable commands={shown} regionId={regionId} canEdit={canEdit} actions={actions} />
        ) : filtered ? (
          <EmptyState level={2} icon={<SearchX />} title="No command matches these filters" action={<Link href={`/commands?region=${encodeURIComponent(regionId)}`} className={buttonClasses('secondary', 'sm')}>Clear filters</Link>}>
            Search looks in names, descriptions and IDs. Public commands are listed in their newest version.
          </EmptyState>
        ) : (
          <EmptyState level={2} icon={<SquareTerminal />} title={`No commands in ${regionId} yet`} action={canEdit ? <NewCommandButton regionId={regionId} create={createCommand} variant="secondary" /> : undefined}>
            {canEdit ? 'Save a script as a command to launch it on many instances, schedule it, and share it as a preset.' : 'Operators save commands here; they will appear in this list.'}
          </EmptyState>
        )}
      </Card>
    </>
  );
}
