import { z } from 'zod';

import { type ActionResult } from '@/lib/action-result';
import { formatNumber } from '@/lib/format';

/**
 * Changing a Period schedule in place (ModifyInvocationAttribute on every InvokeId of a
 * launch) instead of stopping it and launching again: what the action takes and answers,
 * shared by the server (modify-schedule.ts) and the dialog.
 */

const FREQUENCY_MAX = 1_024;

export const newFrequencySchema = z
  .string({ error: 'Frequency must be text.' })
  .trim()
  .min(1, 'Frequency: enter the new schedule (a cron expression, rate() or at()).')
  .max(FREQUENCY_MAX, `Frequency: at most ${formatNumber(FREQUENCY_MAX)} characters.`);

export const changeLaunchScheduleSchema = z.object({ launchId: z.uuid(), frequency: newFrequencySchema });

export interface ScheduleChange {
  /** The launch changed, or null for an InvokeId made outside InvokeDeck. */
  launchId: string | null;
  from: string;
  to: string;
  /** Every InvokeId that now runs on the new schedule (the same IDs as before: nothing was relaunched). */
  invokeIds: string[];
}

export type ChangeLaunchScheduleAction = (input: { launchId: string; frequency: string }) => Promise<ActionResult<ScheduleChange>>;
export type ChangeInvocationScheduleAction = (input: { region: string; invokeId: string; frequency: string }) => Promise<ActionResult<ScheduleChange>>;
