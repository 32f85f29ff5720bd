'use client';

import { CalendarClock } from 'lucide-react';
import dynamic from 'next/dynamic';
import { useState } from 'react';

import { Button } from '@/components/ui/button';
import { type ActionResult } from '@/lib/action-result';
import { type ScheduleChange } from '@/lib/launches/schedule-change';

const ChangeScheduleDialog = dynamic(() => import('./change-schedule-form').then((module) => module.ChangeScheduleDialog));

export interface ChangeScheduleProps {
  subject: string;
  regionId: string;
  frequency: string;
  invokeIdCount: number;
  timeoutSeconds?: number | undefined;
  change: (frequency: string) => Promise<ActionResult<ScheduleChange>>;
  onChanged: (change: ScheduleChange) => void;
}

/**
 * "Change schedule": the form's schedule builder in a dialog, sent as ModifyInvocationAttribute
 * to every InvokeId the schedule has, so the same InvokeIds carry on with the new Frequency
 * instead of being stopped and launched again. `change` gets the new Frequency. The dialog is
 * fetched on the first press, so the page's first load does not carry it.
 */
export function ChangeScheduleButton(props: ChangeScheduleProps) {
  const [open, setOpen] = useState(false);
  const [asked, setAsked] = useState(false);
  return (
    <>
      <Button
        size="sm"
        onClick={() => {
          setAsked(true);
          setOpen(true);
        }}
      >
        <CalendarClock aria-hidden className="size-3.5" />
        Change schedule
      </Button>
      {asked ? <ChangeScheduleDialog {...props} key={props.frequency} open={open} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
