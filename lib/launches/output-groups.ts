import { type ActionResult } from '@/lib/action-result';
import { type OutputReadState } from '@/lib/db/schema';

/**
 * Group instance outputs that say the same thing. Scripts routinely print their own host
 * name, instance ID or IP address, so outputs are compared after each instance's own
 * identifiers are replaced by placeholders ("Patching ‹name›…" on 37 hosts is one group).
 */
export interface InstanceIdentity {
  instanceId: string;
  name: string;
  hostName: string;
  addresses: string[];
}

export interface OutputGroup {
  /** The shared text, with each instance's identifiers shown as placeholders. */
  output: string;
  dropped: number;
  instanceIds: string[];
  statuses: string[];
}

export const PLACEHOLDERS = { instanceId: '‹instance-id›', hostName: '‹host›', name: '‹name›', address: '‹ip›' } as const;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Replace the instance's own identifiers, longest first, only where they stand as whole words. */
export function normaliseOutput(output: string, identity: InstanceIdentity): string {
  const replacements: [string, string][] = [
    [identity.instanceId, PLACEHOLDERS.instanceId],
    [identity.hostName, PLACEHOLDERS.hostName],
    [identity.name, PLACEHOLDERS.name],
    ...identity.addresses.map((address): [string, string] => [address, PLACEHOLDERS.address]),
  ];
  let text = output;
  for (const [value, placeholder] of replacements.filter(([value]) => value.length >= 3).sort((a, b) => b[0].length - a[0].length)) {
    text = text.replace(new RegExp(`(?<![\\w.-])${escape(value)}(?![\\w-]|\\.\\d)`, 'g'), placeholder);
  }
  return text;
}

export function groupOutputs(
  outputs: readonly { instanceId: string; output: string; dropped: number; status: string }[],
  identities: ReadonlyMap<string, InstanceIdentity>,
): OutputGroup[] {
  const groups = new Map<string, OutputGroup>();
  for (const entry of outputs) {
    const identity = identities.get(entry.instanceId);
    const text = identity ? normaliseOutput(entry.output, identity) : entry.output;
    const group = groups.get(text) ?? { output: text, dropped: 0, instanceIds: [], statuses: [] };
    group.instanceIds.push(entry.instanceId);
    group.statuses.push(entry.status);
    group.dropped = Math.max(group.dropped, entry.dropped);
    groups.set(text, group);
  }
  return [...groups.values()].sort((a, b) => b.instanceIds.length - a.instanceIds.length);
}

/** Groups per page of the grouped-outputs routes, and members shown with each group. */
export const OUTPUT_GROUPS_PAGE_SIZE = 10;
export const GROUP_MEMBERS_SHOWN = 20;
export const OUTPUT_MEMBERS_PAGE_SIZE = 100;

/** Whose outputs to read: every sent batch of a launch, or one InvokeId (ours or not). */
export type OutputScope = { launchId: string } | { invokeId: string; region: string };
/** What the readOutputs action takes: `again` reads anew even when the last read is fresh. */
export type ReadOutputsInput = OutputScope & { again?: boolean };

/** Where the background read of a scope stands. */
export interface OutputReadView {
  /** none: never asked for. */
  status: OutputReadState | 'none';
  invocationsRead: number;
  invocationsTotal: number;
  instancesRead: number;
  /** Finished, but the launch has changed since (or, for an InvokeId, over a minute ago). */
  stale: boolean;
  requestedAt: string | null;
  requestedBy: string | null;
  /** When the read finished. */
  readAt: string | null;
  /** Why it failed: Alibaba's code passed through, and what to do. */
  error: { code: string; message: string } | null;
}

export interface OutputGroupView {
  /** SHA-256 of the normalised output: the group's key in the members route. */
  hash: string;
  output: string;
  dropped: number;
  instanceCount: number;
  statuses: { status: string; count: number }[];
  /** The first GROUP_MEMBERS_SHOWN members, by instance ID. */
  instanceIds: string[];
}

/** What `GET …/outputs?page=N[&status=A,B]` answers: the read's state and one page of groups, largest first. */
export interface OutputGroupsPage extends OutputReadView {
  /** With `status`: the statuses asked for and how many instances read are in them; groups count only those. */
  filter: { statuses: string[]; instances: number } | null;
  totalGroups: number;
  /** 1-based. */
  page: number;
  pageCount: number;
  groups: OutputGroupView[];
}

/** What `GET …/outputs/<hash>?page=N` answers: the instances that returned one output. */
export interface OutputMembersPage {
  hash: string;
  total: number;
  page: number;
  pageCount: number;
  members: { instanceId: string; status: string }[];
}

export type ReadOutputsAction = (input: ReadOutputsInput) => Promise<ActionResult<OutputReadView>>;
