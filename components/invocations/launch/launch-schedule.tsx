'use client';

import { useRouter } from 'next/navigation';

import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { type LaunchView } from '@/lib/launches/launch-view';
import { type ChangeLaunchScheduleAction } from '@/lib/launches/schedule-change';
import { isTerminal } from '@/lib/launches/status';

import { LazySchedulePanel as SchedulePanel } from '../detail/lazy-schedule-panel';
import { ChangeScheduleButton } from './change-schedule-dialog';

/**
 * A Period launch's schedule: in words, its next runs, and (for an operator, while it still
 * runs) "Change schedule", which changes every InvokeId of the launch in place.
 */
export function LaunchSchedule({ view, changeSchedule, onChanged }: { view: LaunchView; changeSchedule: ChangeLaunchScheduleAction | null; onChanged: () => void }) {
  const router = useRouter();
  const invokeIds = view.batches.filter((batch) => batch.invokeId).length;
  const sending = view.sendStatus === 'queued' || view.sendStatus === 'sending';
  const changeable = changeSchedule && invokeIds > 0 && !sending && !isTerminal(view.status) && view.status !== 'Stopping';
  return (
    <Card>
      <CardHeader
        title="Schedule"
        description={changeable ? 'Changed in place on every InvokeId of this launch, without stopping it.' : 'When the runs of this launch come.'}
        actions={
          changeable ? (
            <ChangeScheduleButton
              subject="this launch"
              regionId={view.regionId}
              frequency={view.frequency ?? ''}
              invokeIdCount={invokeIds}
              change={(frequency) => changeSchedule({ launchId: view.launchId, frequency })}
              onChanged={() => {
                onChanged();
                // The schedule's words in the header are worded on the server.
                router.refresh();
              }}
            />
          ) : null
        }
      />
      <CardBody>
        <SchedulePanel repeatMode={view.repeatMode} frequency={view.frequency ?? ''} createdAt={view.createdAt} status={view.status} />
      </CardBody>
    </Card>
  );
}
