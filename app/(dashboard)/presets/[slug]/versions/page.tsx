import { ArrowLeft } from 'lucide-react';
import { type Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';

import { VersionList } from '@/components/presets/version-list';
import { Alert } from '@/components/ui/alert';
import { Card, CardHeader } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { TimeAgo } from '@/components/ui/time-ago';
import { canAct, requireUser } from '@/lib/auth/page';
import { getDb } from '@/lib/db';
import { findPresetBySlug, listPresetVersions } from '@/lib/db/presets';
import { formatCount } from '@/lib/format';
import { SLUG_PATTERN } from '@/lib/presets/slug';
import { toVersionViews } from '@/lib/presets/version-view';

import { restorePresetVersion } from '../../actions';

export const metadata: Metadata = { title: 'Preset history' };

/** Every version of a preset: what it held, who saved it, what changed; restore any of them. */
export default async function PresetVersionsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireUser(`/presets/${slug}/versions`);
  if (!SLUG_PATTERN.test(slug)) notFound();
  const db = await getDb();
  const preset = await findPresetBySlug(db, slug);
  if (!preset) notFound();
  const versions = toVersionViews(await listPresetVersions(db, preset.id), preset.current_version);
  const deleted = preset.deleted_at !== null;

  return (
    <>
      <Link href={deleted ? '/presets' : `/presets/${preset.slug}`} className="mb-3 inline-flex items-center gap-1 text-xs text-muted hover:text-ink">
        <ArrowLeft aria-hidden className="size-3.5" />
        {deleted ? 'Presets' : preset.name}
      </Link>
      <PageHeader title={`History of “${preset.name}”`} description="Every save is a version. Open any of them in the form, or restore one: restoring adds a new version, so nothing is lost." />
      {deleted ? (
        <Alert tone="warning" title="This preset was deleted" className="mb-4">
          Deleted by {preset.deleted_by_username ?? 'someone'} {preset.deleted_at ? <TimeAgo iso={preset.deleted_at} /> : null}. Its history is kept for the record.
        </Alert>
      ) : null}
      <Card>
        <CardHeader title={formatCount(versions.length, 'version')} description={`Link: /presets/${preset.slug} (it stays the same across renames).`} />
        <VersionList
          preset={{ id: preset.id, slug: preset.slug, name: preset.name, currentVersion: preset.current_version, deleted }}
          versions={versions}
          canRestore={canAct(user, 'operator') && !deleted}
          restore={restorePresetVersion}
        />
      </Card>
    </>
  );
}
