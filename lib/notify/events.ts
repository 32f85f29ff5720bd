/**
 * What InvokeDeck notifies about, shared by the admin form, the outbox and the formats. A
 * launch's end is one of the first four; approvals add the next two; a canary's pause and abort the last two.
 */
export const EVENT_KINDS = ['launch.succeeded', 'launch.failed', 'launch.stopped', 'launch.halted', 'launch.rejected', 'approval.requested', 'launch.paused', 'launch.aborted'] as const;

export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_LABELS: Record<EventKind, string> = {
  'launch.succeeded': 'Launch succeeded everywhere',
  'launch.failed': 'Launch finished with failures',
  'launch.stopped': 'Launch stopped',
  'launch.halted': 'Error threshold hit',
  'launch.rejected': 'Launch rejected',
  'approval.requested': 'Approval requested',
  'launch.paused': 'Canary paused for a person',
  'launch.aborted': 'Canary aborted',
};

/** The words a chat message leads with. */
export const EVENT_HEADLINES: Record<EventKind, string> = {
  'launch.succeeded': 'succeeded on every instance',
  'launch.failed': 'finished with failures',
  'launch.stopped': 'was stopped',
  'launch.halted': 'was halted by its error threshold',
  'launch.rejected': 'was rejected',
  'approval.requested': 'needs approval',
  'launch.paused': 'paused after its canary batch: resume or abort it',
  'launch.aborted': 'was aborted at its pause: the rest was not sent',
};

/** The facts about a launch an event carries: nothing secret (no parameter values, no request). */
export interface LaunchFacts {
  id: string;
  regionId: string;
  commandName: string;
  commandId: string;
  repeatMode: string;
  /** The aggregate InvocationStatus when the event happened. */
  status: string;
  sendStatus: string;
  instanceCount: number;
  batchCount: number;
  createdBy: string;
  createdAt: string;
  haltReason: string | null;
  presetId: string | null;
}

export interface NotificationEvent {
  kind: EventKind;
  /** Events of the same key are one event: recording it again records nothing. */
  dedupeKey: string;
  at: string;
  launch: LaunchFacts;
  /** Instances per status (Success, Failed, …). */
  counts: Record<string, number>;
  /** Who did it (a stop, a rejection, a request), when a person did. */
  actor?: string | undefined;
  /** A rejection's or request's comment. */
  comment?: string | undefined;
}

/**
 * Which end a launch came to, from its final aggregate status: an approval request that expired,
 * an operator's stop, the error threshold, all Success, else failures (Failed, PartialFailed,
 * or nothing sent).
 */
export function finishKind(launch: { status: string; stoppedAt: string | null; haltReason: string | null; approvalState?: string | null }): EventKind {
  // Never approved in time: nothing was sent, and to those told of the request it reads as a rejection.
  if (launch.approvalState === 'expired') return 'launch.rejected';
  if (launch.stoppedAt) return 'launch.stopped';
  if (launch.haltReason) return 'launch.halted';
  if (launch.status === 'Success') return 'launch.succeeded';
  if (launch.status === 'Stopped' || launch.status === 'Cancelled') return 'launch.stopped';
  return 'launch.failed';
}
