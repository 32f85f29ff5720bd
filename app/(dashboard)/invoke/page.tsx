import { type Metadata } from 'next';

import { LaunchForm } from '@/components/invoke/launch-form';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { canAct, requireUser } from '@/lib/auth/page';
import { AppError } from '@/lib/errors';
import { emptyDraft, type InvokeDraft } from '@/lib/invoke/draft';
import { listRegionOptions, type RegionOption } from '@/lib/launches/regions';
import { decodeShareState } from '@/lib/presets/share-state';

import { launchCommand } from './actions';

export const metadata: Metadata = { title: 'Launch' };

export default async function InvokePage({ searchParams }: { searchParams: Promise<{ region?: string; draft?: string }> }) {
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
  const region = regions.find((candidate) => candidate.regionId === (shared?.draft.regionId ?? params.region))?.regionId ?? regions[0]?.regionId ?? '';
  const initialDraft: InvokeDraft = shared && shared.draft.regionId === region ? shared.draft : emptyDraft(region);
  const secretsToAsk = shared ? shared.draft.parameters.filter((entry) => entry.secret).map((entry) => entry.name) : [];

  return (
    <>
      <PageHeader title="Launch a command" description="Pick instances, a command and when to run it; review the exact request; launch." />
      <LaunchForm
        key={params.draft ?? region}
        regions={regions}
        initialDraft={initialDraft}
        canLaunch={canAct(user, 'operator')}
        launchCommand={launchCommand}
        requiredSecrets={secretsToAsk}
        notices={
          params.draft ? (
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
