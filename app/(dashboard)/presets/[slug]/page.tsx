import { type Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';

import { LaunchFormWithPresets } from '@/components/presets/launch-form-with-presets';
import { PresetHeaderActions } from '@/components/presets/preset-header-actions';
import { PresetMeta } from '@/components/presets/preset-meta';
import { PresetSkeleton } from '@/components/presets/preset-skeleton';
import { OpenedNotice } from '@/components/presets/opened-notice';
import { DeletedPreset, UnreadablePreset } from '@/components/presets/preset-unavailable';
import { WorldChanges } from '@/components/presets/world-changes';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { canAct, requireUser, signedInTitle } from '@/lib/auth/page';
import { type SessionUser } from '@/lib/auth/sessions';
import { getDb } from '@/lib/db';
import { listPresetWebhookIds } from '@/lib/db/notify';
import { findPresetBySlug } from '@/lib/db/presets';
import { getEcsClient } from '@/lib/ecs';
import { AppError } from '@/lib/errors';
import { loadLaunchFormData } from '@/lib/invoke/form-data';
import { listRegionOptions } from '@/lib/launches/regions';
import { loadPresetPage } from '@/lib/presets/open-preset';
import { SLUG_PATTERN } from '@/lib/presets/slug';

import { checkCommand, launchCommand } from '../../invoke/actions';
import { createPreset, deletePreset, duplicatePreset, savePresetChanges, shareFormLink, updatePresetDetails } from '../actions';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ version?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return signedInTitle(async () => {
    const { slug } = await params;
    const preset = SLUG_PATTERN.test(slug) ? await findPresetBySlug(await getDb(), slug) : undefined;
    return preset ? `${preset.name} · Presets` : 'Preset';
  });
}

/**
 * A preset's stable link: the launch form prefilled, checked against ECS as it is now. The
 * session and the preset's existence are checked before anything streams, so a visitor without
 * one gets a real redirect and a link to no preset a real 404; the slower ECS check streams in
 * behind a skeleton.
 */
export default async function PresetPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { version } = await searchParams;
  const user = await requireUser(`/presets/${slug}${version ? `?version=${encodeURIComponent(version)}` : ''}`);
  // A link to no preset is a 404, decided before the content streams (once it has, the status is sent).
  if (!SLUG_PATTERN.test(slug) || !(await findPresetBySlug(await getDb(), slug))) notFound();
  return (
    <Suspense fallback={<PresetSkeleton />}>
      <PresetContent slug={slug} version={version} user={user} />
    </Suspense>
  );
}

async function PresetContent({ slug, version, user }: { slug: string; version: string | undefined; user: SessionUser }) {
  const [page, regions] = await Promise.all([loadPresetPage({ db: await getDb(), ecs: getEcsClient() }, slug, version), listRegionOptions().then((list) => ({ ok: true as const, list }), (error: unknown) => ({ ok: false as const, error }))]);
  if (page.kind === 'missing') notFound();
  const { preset } = page;
  const header = <PageHeader title={preset.name} description={preset.description || undefined} />;
  if (page.kind === 'deleted') return <>{header}<DeletedPreset preset={preset} /></>;
  if (page.kind !== 'open') {
    const message = page.kind === 'no-version' ? `“${preset.name}” has no version ${page.version}; it has ${preset.current_version}.` : `Version ${page.version} of “${preset.name}” is damaged and cannot be read. Restore another version.`;
    return <>{header}<UnreadablePreset slug={preset.slug} message={message} /></>;
  }
  if (!regions.ok) {
    return (
      <>
        {header}
        <Alert tone="danger" title="The ECS API could not be reached">
          {regions.error instanceof AppError ? `${regions.error.code}: ${regions.error.message}` : 'The region list could not be loaded. Try again in a moment.'}
        </Alert>
      </>
    );
  }

  const { shown, current, opened } = page;
  const canEdit = canAct(user, 'operator');
  const ref = { id: preset.id, slug: preset.slug, name: preset.name, description: preset.description };
  const regionKnown = regions.list.some((region) => region.regionId === opened.draft.regionId);
  const [initialNotify, initialData] = await Promise.all([listPresetWebhookIds(await getDb(), preset.id), regionKnown ? loadLaunchFormData(opened.draft.regionId) : undefined]);
  return (
    <>
      <PageHeader
        title={preset.name}
        description={
          <>
            {preset.description ? <span className="block">{preset.description}</span> : null}
            <PresetMeta preset={preset} />
          </>
        }
        actions={<PresetHeaderActions preset={ref} version={preset.current_version} canEdit={canEdit} actions={{ updatePresetDetails, duplicatePreset, deletePreset }} />}
      />
      <LaunchFormWithPresets
        key={`${preset.id}:${version ?? ''}`}
        regions={regionKnown ? regions.list : [{ regionId: opened.draft.regionId, localName: 'not offered any more' }, ...regions.list]}
        initialDraft={opened.draft}
        {...(initialData && { initialData })}
        canLaunch={canEdit}
        launchCommand={launchCommand}
        checkCommand={checkCommand}
        operator={user.username}
        initialNotify={initialNotify}
        presetId={preset.id}
        requiredSecrets={opened.requiredSecrets}
        initialInstanceFilter={opened.instanceFilter}
        notices={
          <>
            <OpenedNotice preset={preset} shown={shown} requiredSecrets={opened.requiredSecrets} checkFailed={opened.checkFailed} regionKnown={regionKnown} />
            <WorldChanges changes={opened.changes} regionId={opened.draft.regionId} commandName={opened.commandName ?? opened.draft.commandId} />
          </>
        }
        presetTools={{
          canSave: canEdit,
          actions: { createPreset, savePresetChanges, shareFormLink },
          preset: { ...ref, version: preset.current_version, baseline: current },
        }}
      />
    </>
  );
}
