import { type Metadata } from 'next';

import { LaunchFormWithPresets } from '@/components/presets/launch-form-with-presets';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { canAct, requireUser } from '@/lib/auth/page';
import { AppError } from '@/lib/errors';
import { emptyDraft, type InvokeDraft } from '@/lib/invoke/draft';
import { allowedRegionOrUndefined, listRegionOptions, type RegionOption } from '@/lib/launches/regions';
import { decodeShareState } from '@/lib/presets/share-state';
import { getDb } from '@/lib/db';
import { getEcsClient } from '@/lib/ecs';
import { invokeIdSchema } from '@/lib/launches/query-schemas';
import { type Rerun, rerunInvocation, rerunLaunch } from '@/lib/launches/rerun';

import { createPreset, savePresetChanges } from '../presets/actions';
import { launchCommand } from './actions';

/** Run again / Retry failed: a draft from one of our launches, or from any InvokeId. */
async function loadRerun(params: Search): Promise<Rerun | null> {
  const onlyFailed = params.only === 'failed';
  if (params.from && /^[0-9a-f-]{36}$/.test(params.from)) return rerunLaunch(await getDb(), params.from, onlyFailed);
  const region = await allowedRegionOrUndefined(params.region);
  if (params.invokeId && region && invokeIdSchema.safeParse(params.invokeId).success) {
    return rerunInvocation(await getDb(), getEcsClient(), params.invokeId, region, onlyFailed).catch(() => null);
  }
  return null;
}

export const metadata: Metadata = { title: 'Launch' };

type Search = { region?: string; draft?: string; from?: string; invokeId?: string; only?: string };

export default async function InvokePage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requireUser('/invoke');
  const params = await searchParams;
  let regions: RegionOption[];
  try {
    regions = await listRegionOptions();
  } catch (error) {
    return (
      <>
        <PageHeader title="Launch a command" />
        <Alert tone="danger" title="The ECS API could not be reached">
          {error instanceof AppError ? `${error.code}: ${error.message}` : 'The region list could not be loaded. Try again in a moment.'}
        </Alert>
      </>
    );
  }

  const shared = params.draft ? decodeShareState(params.draft) : null;
  const rerun = await loadRerun(params);
  const wanted = rerun?.draft.regionId ?? shared?.draft.regionId ?? params.region;
  const region = regions.find((candidate) => candidate.regionId === wanted)?.regionId ?? regions[0]?.regionId ?? '';
  const source = rerun?.draft ?? shared?.draft;
  const initialDraft: InvokeDraft = source && source.regionId === region ? source : emptyDraft(region);
  const secretsToAsk = source ? source.parameters.filter((entry) => entry.secret).map((entry) => entry.name) : [];

  return (
    <>
      <PageHeader title="Launch a command" description="Pick instances, a command and when to run it; review the exact request; launch." />
      <LaunchFormWithPresets
        key={params.draft ?? params.from ?? params.invokeId ?? region}
        regions={regions}
        initialDraft={initialDraft}
        canLaunch={canAct(user, 'operator')}
        launchCommand={launchCommand}
        requiredSecrets={secretsToAsk}
        initialInstanceFilter={!rerun && shared && initialDraft === shared.draft ? (shared.instanceFilter ?? null) : null}
        presetTools={{ canSave: canAct(user, 'operator'), actions: { createPreset, savePresetChanges } }}
        notices={
          rerun ? (
            <Alert tone="info" title={rerun.origin}>
              Every field is filled in as it was launched.{secretsToAsk.length ? ` Secret values are never stored: enter ${secretsToAsk.join(', ')} again.` : ''}
            </Alert>
          ) : params.from || params.invokeId ? (
            <Alert tone="warning" title="That launch could not be opened">
              It may have been removed, or its InvokeId has expired. The form starts empty.
            </Alert>
          ) : params.draft ? (
            shared ? (
              <Alert tone="info" title="Opened from a shared link">
                Every field is filled in as it was shared.{secretsToAsk.length ? ` Secret values are never shared: enter ${secretsToAsk.join(', ')} again.` : ''}
              </Alert>
            ) : (
              <Alert tone="warning" title="This shared link could not be read">
                It may have been cut short when it was copied. The form starts empty.
              </Alert>
            )
          ) : null
        }
      />
    </>
  );
}
