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

/** What the grouped-outputs routes answer: the groups, and how much was left out to stay within memory. */
export interface OutputGroupsResult {
  groups: OutputGroup[];
  partial: { instancesRead: number; invocationsRead: number; invocationsTotal: number } | null;
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
