import { z } from 'zod';

import { type ActionResult } from '@/lib/action-result';

/** What Resume and Abort at a canary's pause take: the launch, nothing else (who acts is the session's). */
export const canaryDecisionSchema = z.object({ launchId: z.uuid('Not a launch ID.') });

export type ResumeLaunchAction = (input: z.input<typeof canaryDecisionSchema>) => Promise<ActionResult<{ resumed: number }>>;
export type AbortLaunchAction = (input: z.input<typeof canaryDecisionSchema>) => Promise<ActionResult<{ notSent: number }>>;
