import { type InstanceIdentity, PLACEHOLDERS } from '@/lib/launches/output-groups';

/**
 * An instance's output from its group's text: grouping replaced the instance's own
 * identifiers by placeholders, and here they are put back for that instance. The instance ID
 * always comes back; its name and host name when ECS still knows it; `‹ip›` only when it has
 * one address, since with several there is no telling which one was printed.
 */
export function restoreIdentity(output: string, instanceId: string, identity: InstanceIdentity | undefined): string {
  let text = output.split(PLACEHOLDERS.instanceId).join(instanceId);
  if (!identity) return text;
  text = text.split(PLACEHOLDERS.hostName).join(identity.hostName).split(PLACEHOLDERS.name).join(identity.name);
  const addresses = [...new Set(identity.addresses)];
  return addresses.length === 1 && addresses[0] ? text.split(PLACEHOLDERS.address).join(addresses[0]) : text;
}
