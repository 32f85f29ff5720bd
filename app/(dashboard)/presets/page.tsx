import { LayoutTemplate, Plus, SearchX } from 'lucide-react';
import { type Metadata } from 'next';
import { Link } from '@/components/ui/link';

import { PresetSearch } from '@/components/presets/preset-search';
import { PresetTable } from '@/components/presets/preset-table';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { canAct, requireUser } from '@/lib/auth/page';
import { getDb } from '@/lib/db';
import { listPresetSummaries } from '@/lib/db/presets';
import { formatCount } from '@/lib/format';
import { toPresetListItem } from '@/lib/presets/list-item';

import { deletePreset, duplicatePreset } from './actions';

export const metadata: Metadata = { title: 'Presets' };

const SHOWN = 200;

export default async function PresetsPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const user = await requireUser('/presets');
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 100) ?? '';
  const { rows, total } = await listPresetSummaries(await getDb(), { search: query, limit: SHOWN });
  const canEdit = canAct(user, 'operator');
  const newPreset = (
    <Link href="/invoke" className={buttonClasses('primary', 'md')}>
      <Plus aria-hidden className="size-4" />
      New preset
    </Link>
  );

  return (
    <>
      <PageHeader title="Presets" description="Saved launch forms. Open one to launch it, or send its link: it opens the form prefilled, never with a secret value." actions={canEdit ? newPreset : undefined} />
      <Card>
        <div className="flex flex-wrap items-center justify-between gap-3 border-b border-line px-5 py-3">
          <PresetSearch query={query} />
          <p className="text-xs text-muted tabular" role="status">
            {query ? `${formatCount(total, 'preset')} matching “${query}”` : formatCount(total, 'preset')}
            {total > rows.length ? ` · showing the ${rows.length} changed most recently` : ''}
          </p>
        </div>
        {rows.length ? (
          <PresetTable presets={rows.map(toPresetListItem)} canEdit={canEdit} actions={{ duplicatePreset, deletePreset }} />
        ) : query ? (
          <EmptyState level={2} icon={<SearchX />} title={`No preset matches “${query}”`} action={<Link href="/presets" className={buttonClasses('secondary', 'sm')}>Clear search</Link>}>
            Search looks in names, descriptions and links.
          </EmptyState>
        ) : (
          <EmptyState level={2} icon={<LayoutTemplate />} title="No presets yet" action={canEdit ? <Link href="/invoke" className={buttonClasses('secondary', 'sm')}>Open the launch form</Link> : undefined}>
            {canEdit ? 'Fill in the launch form and choose “Save as preset” to run the same launch again or hand it to a colleague as a link.' : 'Operators save presets from the launch form; they will appear here.'}
          </EmptyState>
        )}
      </Card>
    </>
  );
}
