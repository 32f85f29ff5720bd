import type { Invocation } from '../state/types';

/** What ModifyInvocationAttribute can change; the run at a given time uses what was in effect then. */
export interface InvocationVersion {
  frequency: string;
  commandContent: string;
  parameters: Record<string, string>;
}

/** The version in effect at `at`: an earlier revision until its end, else the invocation's current fields. */
export function versionAt(invocation: Invocation, at: number): InvocationVersion {
  for (const revision of invocation.revisions ?? []) {
    if (at < revision.until) return revision;
  }
  return invocation;
}

/** Time ranges of the frequencies the schedule has had, oldest first; the last runs on for ever. */
export function frequencySegments(invocation: Invocation): Array<{ from: number; to: number; frequency: string }> {
  const segments: Array<{ from: number; to: number; frequency: string }> = [];
  let from = invocation.creationTime;
  for (const revision of invocation.revisions ?? []) {
    segments.push({ from, to: revision.until, frequency: revision.frequency });
    from = revision.until;
  }
  segments.push({ from, to: Number.POSITIVE_INFINITY, frequency: invocation.frequency });
  return segments;
}
