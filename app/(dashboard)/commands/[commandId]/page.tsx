import { ChevronLeft } from 'lucide-react';
import { type Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';

import { CommandFacts } from '@/components/commands/command-facts';
import { CommandLaunches } from '@/components/commands/command-launches';
import { CommandPageActions } from '@/components/commands/command-page-actions';
import { CommandParameters } from '@/components/commands/command-parameters';
import { commandHref, commandLaunchesHref, launchCommandHref } from '@/components/commands/links';
import { PublicCommandBadge } from '@/components/commands/public-command-badge';
import { COMMAND_TYPE_LABELS } from '@/components/invoke/command-types';
import { Badge } from '@/components/ui/badge';
import { Card, CardHeader } from '@/components/ui/card';
import { CopyButton } from '@/components/ui/copy-button';
import { PageHeader } from '@/components/ui/page-header';
import { canAct, requireUser, signedInTitle } from '@/lib/auth/page';
import { COMMAND_LAUNCHES_SHOWN, loadCommandPage } from '@/lib/commands/detail';
import { isPublicCommand } from '@/lib/commands/view';
import { getDb } from '@/lib/db';
import { getEcsClient, getRegionGuard } from '@/lib/ecs';
import { allowedRegionOrUndefined } from '@/lib/launches/regions';

import { createCommand, deleteCommand, modifyCommand } from '../actions';

type Props = { params: Promise<{ commandId: string }>; searchParams: Promise<{ region?: string | string[] }> };

/** The ID is in the URL already; the name would cost another DescribeCommands per view. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return signedInTitle(async () => `${decodeURIComponent((await params).commandId)} · Commands`);
}

export default async function CommandPage({ params, searchParams }: Props) {
  const { commandId } = await params;
  const { region } = await searchParams;
  const user = await requireUser(`/commands/${commandId}`);
  const asked = await allowedRegionOrUndefined(typeof region === 'string' ? region : undefined);
  const page = await loadCommandPage({ db: await getDb(), ecs: getEcsClient(), regions: getRegionGuard() }, decodeURIComponent(commandId), asked);
  if (!page) notFound();
  const { command, regionId, launches } = page;
  const shared = isPublicCommand(command);
  const canEdit = canAct(user, 'operator');
  const type = COMMAND_TYPE_LABELS[command.type];
  const versions = shared ? new Map(command.versions.map((entry) => [entry.commandId, entry.version])) : null;

  return (
    <>
      <Link href={`/commands?region=${encodeURIComponent(regionId)}`} className="mb-3 inline-flex items-center gap-1 rounded text-[13px] font-medium text-muted hover:text-ink">
        <ChevronLeft aria-hidden className="size-4" />
        Commands in {regionId}
      </Link>
      <PageHeader
        title={<span className="font-mono break-all">{command.name || command.commandId}</span>}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={command.type === 'RunShellScript' ? 'neutral' : 'info'}>{type.short}</Badge>
            {shared ? <PublicCommandBadge /> : <Badge tone="neutral">This account</Badge>}
            {shared ? <span className="text-xs">v{command.version}{command.latest ? ' · newest' : ''}</span> : null}
            {command.description ? <span>{command.description}</span> : null}
          </span>
        }
        actions={canEdit ? <CommandPageActions command={command} regionId={regionId} actions={{ createCommand, modifyCommand, deleteCommand }} /> : undefined}
      />
      {shared ? (
        <p className="-mt-3 mb-5 text-[13px] text-muted">A public command of Alibaba Cloud: anyone may launch it as published; nobody can edit or delete it. Save a copy to change what it runs.</p>
      ) : null}
      <div className="grid gap-5 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="min-w-0 space-y-5">
          <Card>
            <CardHeader title="Content" description={`${type.long}, read-only: a command’s script cannot change once saved.`} actions={<CopyButton text={command.content} label="Copy content" />} />
            <pre aria-label="Command content" tabIndex={0} className="max-h-[28rem] overflow-auto px-5 py-4 font-mono text-xs leading-relaxed whitespace-pre text-ink focus-visible:outline-2">{command.content}</pre>
          </Card>
          <Card>
            <CardHeader title="Parameters" description="Values given at launch replace each {{name}} in the content." />
            <CommandParameters parameters={command.parameters} enabled={command.enableParameter} />
          </Card>
        </div>
        <Card className="self-start">
          <CardHeader title="Details" />
          <CommandFacts command={command} regionId={regionId} />
          {versions && command.versions.length > 1 ? (
            <nav aria-label="Versions" className="border-t border-line px-5 py-3 text-[13px]">
              <h3 className="mb-1.5 text-xs font-medium text-muted">Versions</h3>
              <ul className="flex flex-wrap gap-1.5">
                {command.versions.map((entry) => (
                  <li key={entry.commandId}>
                    <Link href={commandHref(entry.commandId, regionId)} aria-current={entry.commandId === command.commandId ? 'page' : undefined} className="rounded-full border border-line px-2 py-0.5 font-mono text-xs text-muted hover:text-ink aria-[current=page]:border-accent-400 aria-[current=page]:text-ink">
                      v{entry.version}{entry.latest ? ' (newest)' : ''}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </Card>
      </div>
      <Card className="mt-5">
        <CardHeader
          title="Launches that used it"
          description={shared && command.versions.length > 1 ? 'From InvokeDeck, every version of this command, newest first.' : 'From InvokeDeck, newest first.'}
          actions={
            launches.length >= COMMAND_LAUNCHES_SHOWN ? (
              <Link href={commandLaunchesHref(command.commandId)} className="text-xs font-medium text-accent-600 hover:underline dark:text-accent-400">
                All in the invocations list
              </Link>
            ) : undefined
          }
        />
        <CommandLaunches launches={launches} versions={versions} launchHref={canEdit ? launchCommandHref(command.commandId, regionId) : null} />
      </Card>
    </>
  );
}
