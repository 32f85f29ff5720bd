import { type RateControl } from '@/lib/invoke/rate-control';

import { type LaunchPauseView } from './canary-view';
import { type LaunchInstance } from './launch-instances';
import { type LaunchResult } from './result';

/**
 * A launch as its page shows it, read from our records only (the observer keeps them fresh).
 * With `since`, a poll answers only what changed after that change number: the batches and
 * instances that moved, or `unchanged` when nothing did.
 */
export interface LaunchView extends LaunchResult {
  /** The launch's change number as of this answer; the next poll asks for what came after it. */
  seq: number;
  /** `batches` and `instances` hold everything (a first load), or only what changed since the asked number. */
  full: boolean;
  createdAt: string;
  createdBy: string;
  commandName: string;
  commandType: string;
  repeatMode: string;
  frequency: string | null;
  status: string;
  rateControl: RateControl | null;
  /** Why batches were not sent (the error threshold, a stop), when some were not. */
  haltReason: string | null;
  /** Secret parameters a resend must ask for again (unless their sealed values are still kept). */
  secretNames: string[];
  batchStatuses: { index: number; status: string }[];
  /** How many instances are in each status, over the whole launch. */
  counts: Record<string, number>;
  instances: LaunchInstance[];
  /** A canary's pauses reached so far: where it waits now, and who resumed or aborted it. */
  pauses: LaunchPauseView[];
}

/** A poll answer when nothing changed since the asked number: a few bytes, whatever the launch's size. */
export interface LaunchUnchanged {
  seq: number;
  unchanged: true;
}
