import { type Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';

import { LaunchFormSkeleton } from '@/components/invoke/launch-form-skeleton';
import { RetryOfferNotice } from '@/components/invoke/lazy-launch-parts';
import { LaunchFormWithPresets } from '@/components/presets/launch-form-with-presets';
import { SharedFormNotice } from '@/components/presets/shared-form-notice';
import { Alert } from '@/components/ui/alert';
import { LoadingState } from '@/components/ui/loading-state';
import { PageHeader } from '@/components/ui/page-header';
import { canAct, requireUser } from '@/lib/auth/page';
import { type SessionUser } from '@/lib/auth/sessions';
import { AppError } from '@/lib/errors';
import { commandLaunchDraft } from '@/lib/commands/launch-draft';
import { loadLaunchFormData } from '@/lib/invoke/form-data';
import { allowedRegionOrUndefined, listRegionOptions, type RegionOption } from '@/lib/launches/regions';
import { type OpenedFormLink, openLongLink } from '@/lib/presets/share-state';
import { openFormLink } from '@/lib/presets/form-links';
import { getDb } from '@/lib/db';
import { getEcsClient } from '@/lib/ecs';
import { getEnv } from '@/lib/env';
import { invokeIdSchema } from '@/lib/launches/query-schemas';
import { type Rerun, rerunInvocation, rerunLaunch } from '@/lib/launches/rerun';

import { createPreset, savePresetChanges, shareFormLink } from '../presets/actions';
import { checkCommand, launchCommand } from './actions';

/** Run again / Retry failed: a draft from one of our launches, or from any InvokeId. */
async function loadRerun(params: Search): Promise<Rerun | null> {
  const onlyFailed = params.only === 'failed';
  if (params.from && /^[0-9a-f-]{36}$/.test(params.from)) return rerunLaunch(await getDb(), params.from, onlyFailed, getEcsClient());
  const region = await allowedRegionOrUndefined(params.region);
  if (params.invokeId && region && invokeIdSchema.safeParse(params.invokeId).success) {
    return rerunInvocation(await getDb(), getEcsClient(), params.invokeId, region, onlyFailed).catch(() => null);
  }
  return null;
}

export const metadata: Metadata = { title: 'Launch' };

/** `d`: a short form link; `draft`: the older long one, still opened. */
type Search = { region?: string; d?: string; draft?: string; from?: string; invokeId?: string; only?: string; command?: string };

export default async function InvokePage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requireUser('/invoke');
  const params = await searchParams;
  const opened = params.d ? await openFormLink(await getDb(), params.d) : params.draft ? openLongLink(params.draft) : null;
  // A link to no shared form is a 404, decided before anything streams; what waits on ECS
  // (the regions, a launch to run again) streams behind the form's skeleton.
  if (opened?.kind === 'unknown') notFound();
  return (
    <>
      <PageHeader title="Launch a command" description="Pick instances, a command and when to run it; review the exact request; launch." />
      <Suspense
        fallback={
          <LoadingState label="Loading the launch form">
            <LaunchFormSkeleton />
          </LoadingState>
        }
      >
        <InvokeForm user={user} params={params} opened={opened} />
      </Suspense>
    </>
  );
}

async function InvokeForm({ user, params, opened }: { user: SessionUser; params: Search; opened: Exclude<OpenedFormLink, { kind: 'unknown' }> | null }) {
  let regions: RegionOption[];
  try {
    regions = await listRegionOptions();
  } catch (error) {
    return (
      <Alert tone="danger" title="The ECS API could not be reached">
        {error instanceof AppError ? `${error.code}: ${error.message}` : 'The region list could not be loaded. Try again in a moment.'}
      </Alert>
    );
  }

  const shared = opened?.kind === 'open' ? opened.payload : null;
  const rerun = await loadRerun(params);
  const wanted = rerun?.draft.regionId ?? shared?.draft.regionId ?? params.region;
  const region = regions.find((candidate) => candidate.regionId === wanted)?.regionId ?? regions[0]?.regionId ?? '';
  const source = rerun?.draft ?? shared?.draft;
  // "Launch" on a command's page (?command=): the form with that command chosen.
  const [initialDraft, initialData] = await Promise.all([
    source && source.regionId === region ? source : commandLaunchDraft(getEcsClient(), region, source || region !== params.region ? undefined : params.command),
    loadLaunchFormData(region),
  ]);
  const secretsToAsk = source ? source.parameters.filter((entry) => entry.secret).map((entry) => entry.name) : [];

  return (
    <LaunchFormWithPresets
        key={params.d ?? params.draft ?? params.from ?? params.invokeId ?? `${region}:${initialDraft.commandId}`}
        regions={regions}
        initialDraft={initialDraft}
        initialData={initialData}
        canLaunch={canAct(user, 'operator')}
        launchCommand={launchCommand}
        checkCommand={checkCommand}
        operator={user.username}
        requiredSecrets={secretsToAsk}
        initialInstanceFilter={!rerun && shared && initialDraft === shared.draft ? (shared.instanceFilter ?? null) : null}
        presetTools={{ canSave: canAct(user, 'operator'), actions: { createPreset, savePresetChanges, shareFormLink } }}
        notices={
          rerun ? (
            <>
              <Alert tone="info" title={rerun.origin}>
                Every field is filled in as it was launched.{secretsToAsk.length ? ` Secret values are never stored: enter ${secretsToAsk.join(', ')} again.` : ''}
              </Alert>
              {rerun.offer ? <RetryOfferNotice offer={rerun.offer} /> : null}
            </>
          ) : params.from || params.invokeId ? (
            <Alert tone="warning" title="That launch could not be opened">
              It may have been removed, or its InvokeId has expired. The form starts empty.
            </Alert>
          ) : opened ? (
            <SharedFormNotice opened={opened} secrets={secretsToAsk} ttlDays={getEnv().DRAFT_LINK_TTL_DAYS} />
          ) : null
        }
      />
  );
}
