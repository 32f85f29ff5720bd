import { SearchX } from 'lucide-react';
import { type Metadata } from 'next';
import Link from 'next/link';

import { InvocationDetail } from '@/components/invocations/detail/invocation-detail';
import { RegionQuestion } from '@/components/invocations/detail/region-question';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { canAct, requireUser, signedInTitle } from '@/lib/auth/page';
import { getDb } from '@/lib/db';
import { getEcsClient } from '@/lib/ecs';
import { AppError } from '@/lib/errors';
import { type InvocationView } from '@/lib/launches/invocation-view';
import { readInvocation, regionOfInvocation } from '@/lib/launches/invocation-read';
import { invokeIdSchema } from '@/lib/launches/query-schemas';
import { allowedRegionOrUndefined, listRegionOptions } from '@/lib/launches/regions';

import { readOutputs, stopInvocation } from '../actions';

export async function generateMetadata({ params }: { params: Promise<{ invokeId: string }> }): Promise<Metadata> {
  return signedInTitle(async () => (await params).invokeId);
}

export default async function InvocationPage({ params, searchParams }: { params: Promise<{ invokeId: string }>; searchParams: Promise<{ region?: string }> }) {
  const { invokeId } = await params;
  const user = await requireUser(`/invocations/${invokeId}`);
  const asked = (await searchParams).region;
  if (!invokeIdSchema.safeParse(invokeId).success) return <NotFound text={`"${invokeId}" is not an InvokeId: they look like t-hz0jdf1a2b3c.`} />;

  const db = await getDb();
  const region = await regionOfInvocation(db, invokeId, await allowedRegionOrUndefined(asked));
  if (!region) return <RegionQuestion invokeId={invokeId} regions={(await listRegionOptions()).map((option) => option.regionId)} />;

  let view: InvocationView;
  try {
    view = await readInvocation(db, getEcsClient(), invokeId, region);
  } catch (error) {
    if (error instanceof AppError && error.status === 404) {
      return <NotFound text={`Alibaba Cloud does not know ${invokeId} in ${region}, and InvokeDeck never recorded it. Check the region, or the InvokeId may be older than the 30 days Alibaba keeps.`} />;
    }
    if (error instanceof AppError) {
      return (
        <Alert tone="danger" title={`Could not read ${invokeId}: ${error.code}`}>
          {error.message}
        </Alert>
      );
    }
    throw error;
  }
  return <InvocationDetail initial={view} canAct={canAct(user, 'operator')} stopAction={stopInvocation} readOutputs={readOutputs} />;
}

function NotFound({ text }: { text: string }) {
  return (
    <Card>
      <EmptyState icon={<SearchX />} title="InvokeId not found" action={<Link href="/invocations" className="text-sm font-medium text-accent-700 hover:underline dark:text-accent-400">Back to invocations</Link>}>
        {text}
      </EmptyState>
    </Card>
  );
}
