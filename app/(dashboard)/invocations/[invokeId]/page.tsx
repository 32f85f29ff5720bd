import { type Metadata } from 'next';
import { notFound } from 'next/navigation';

import { InvocationDetail } from '@/components/invocations/detail/invocation-detail';
import { RegionQuestion } from '@/components/invocations/detail/region-question';
import { Alert } from '@/components/ui/alert';
import { canAct, requireUser, signedInTitle } from '@/lib/auth/page';
import { getDb } from '@/lib/db';
import { getEcsClient } from '@/lib/ecs';
import { AppError } from '@/lib/errors';
import { type InvocationView } from '@/lib/launches/invocation-view';
import { readInvocation, regionOfInvocation } from '@/lib/launches/invocation-read';
import { invokeIdSchema } from '@/lib/launches/query-schemas';
import { allowedRegionOrUndefined, listRegionOptions } from '@/lib/launches/regions';

import { changeInvocationScheduleAction, readOutputs, stopInvocation } from '../actions';

export async function generateMetadata({ params }: { params: Promise<{ invokeId: string }> }): Promise<Metadata> {
  return signedInTitle(async () => (await params).invokeId);
}

export default async function InvocationPage({ params, searchParams }: { params: Promise<{ invokeId: string }>; searchParams: Promise<{ region?: string }> }) {
  const { invokeId } = await params;
  const user = await requireUser(`/invocations/${invokeId}`);
  const asked = (await searchParams).region;
  if (!invokeIdSchema.safeParse(invokeId).success) notFound();

  const db = await getDb();
  const region = await regionOfInvocation(db, invokeId, await allowedRegionOrUndefined(asked));
  if (!region) return <RegionQuestion invokeId={invokeId} regions={(await listRegionOptions()).map((option) => option.regionId)} />;

  let view: InvocationView;
  try {
    view = await readInvocation(db, getEcsClient(), invokeId, region);
  } catch (error) {
    // Alibaba does not know it in this region, and InvokeDeck never recorded it: a real 404.
    if (error instanceof AppError && error.status === 404) notFound();
    if (error instanceof AppError) {
      return (
        <Alert tone="danger" title={`Could not read ${invokeId}: ${error.code}`}>
          {error.message}
        </Alert>
      );
    }
    throw error;
  }
  return <InvocationDetail initial={view} canAct={canAct(user, 'operator')} stopAction={stopInvocation} readOutputs={readOutputs} changeSchedule={changeInvocationScheduleAction} />;
}
