import { type LaunchInstance } from './launch-instances';
import { type LaunchResult } from './result';

/** A launch as its page shows it: the send result plus each batch's invocation status. */
export interface LaunchView extends LaunchResult {
  createdAt: string;
  createdBy: string;
  commandName: string;
  commandType: string;
  repeatMode: string;
  frequency: string | null;
  status: string;
  /** Secret parameters a resend must ask for again. */
  secretNames: string[];
  batchStatuses: { index: number; status: string }[];
  /** Every instance over all batches, as last observed. */
  instances: LaunchInstance[];
}
