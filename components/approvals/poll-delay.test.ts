import { describe, expect, it } from 'vitest';

import { launchPollDelay } from '@/components/invocations/launch/use-launch-view';
import { type LaunchView } from '@/lib/launches/launch-view';

const view = (over: Partial<LaunchView>): LaunchView =>
  ({ sendStatus: 'queued', status: 'Pending', approval: null, ...over }) as LaunchView;

const approval = (state: 'requested' | 'approved' | 'rejected') => ({ state, reason: 'more than 2 instances (3)', requestedBy: 'priya', decidedBy: null, decidedAt: null, comment: null, expiresAt: null });

describe('how often a launch page asks while an approval is pending', () => {
  it('asks every 5 s while the launch waits for a decision, though its batches are queued', () => {
    expect(launchPollDelay(view({ status: 'AwaitingApproval', approval: approval('requested') }))).toBe(5_000);
  });

  it('goes back to following the send once approved, and stops once a rejected launch is done', () => {
    expect(launchPollDelay(view({ approval: approval('approved') }))).toBe(1_000);
    expect(launchPollDelay(view({ sendStatus: 'halted', status: 'Stopped', approval: approval('rejected') }))).toBe(false);
  });
});
