import { SearchX } from 'lucide-react';
import { type Metadata } from 'next';
import { z } from 'zod';

import { LaunchDetail } from '@/components/invocations/launch/launch-detail';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { canAct, requireUser } from '@/lib/auth/page';
import { getDb } from '@/lib/db';
import { isUnchanged, readLaunch } from '@/lib/launches/launch-read';

import { readOutputs, resendLaunchBatch, stopLaunch } from '../../actions';

export const metadata: Metadata = { title: 'Launch' };

export default async function LaunchPage({ params }: { params: Promise<{ launchId: string }> }) {
  const { launchId } = await params;
  const user = await requireUser(`/invocations/launches/${launchId}`);
  // Our records only: the observer keeps them current, so opening the page costs ECS nothing.
  const view = z.uuid().safeParse(launchId).success ? await readLaunch(await getDb(), launchId) : null;
  if (!view || isUnchanged(view)) {
    return (
      <Card>
        <EmptyState icon={<SearchX />} title="Launch not found">
          No launch with the ID {launchId} was made through InvokeDeck.
        </EmptyState>
      </Card>
    );
  }
  return <LaunchDetail initial={view} canAct={canAct(user, 'operator')} resend={resendLaunchBatch} stopLaunch={stopLaunch} readOutputs={readOutputs} />;
}
