import { type Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { z } from 'zod';

import { LaunchDeliveries } from '@/components/invocations/launch/deliveries';
import { LaunchDetail } from '@/components/invocations/launch/launch-detail';
import { scheduleWords } from '@/components/invocations/list/schedule-words';
import { canAct, requireUser } from '@/lib/auth/page';
import { getDb } from '@/lib/db';
import { isUnchanged, readLaunch } from '@/lib/launches/launch-read';

import { changeLaunchScheduleAction, readOutputs, resendLaunchBatch, stopLaunch } from '../../actions';
import { abortLaunchAction, decideLaunchAction, resumeLaunchAction } from './actions';

export const metadata: Metadata = { title: 'Launch' };

export default async function LaunchPage({ params }: { params: Promise<{ launchId: string }> }) {
  const { launchId } = await params;
  const user = await requireUser(`/invocations/launches/${launchId}`);
  // Our records only: the observer keeps them current, so opening the page costs ECS nothing.
  const view = z.uuid().safeParse(launchId).success ? await readLaunch(await getDb(), launchId) : null;
  if (!view || isUnchanged(view)) notFound();
  // Worded here, on the server: the browser never loads the schedule parser for a launch page.
  const words = view.repeatMode === 'Period' ? scheduleWords(view.frequency, view.createdAt) : null;
  return (
    <>
      <LaunchDetail
        initial={view}
        canAct={canAct(user, 'operator')}
        resend={resendLaunchBatch}
        stopLaunch={stopLaunch}
        readOutputs={readOutputs}
        scheduleWords={words}
        changeSchedule={changeLaunchScheduleAction}
        approver={{ username: user.username, canAct: canAct(user, 'operator') }}
        decide={decideLaunchAction}
        resumeLaunch={resumeLaunchAction}
        abortLaunch={abortLaunchAction}
      />
      {/* Hydrated apart from the launch's panels: its own boundary, its own task. */}
      <Suspense>
        <LaunchDeliveries launchId={view.launchId} />
      </Suspense>
    </>
  );
}
