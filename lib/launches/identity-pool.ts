import 'server-only';

import { type EcsInstance, type EcsPage, INSTANCES_PAGE_MAX } from '@/lib/ecs';

import { type InstanceIdentity } from './output-groups';

/**
 * The identities (name, host name, addresses) of the instances being read, asked for 100 at
 * a time: a call for one batch of 50 also fetches the next batch's, so a launch costs one
 * DescribeInstances per 100 instances. Entries leave once their InvokeId is read, so it
 * holds a couple of batches at most.
 */
export class IdentityPool {
  /** null: asked for, and ECS did not know it (released since): its output is grouped as it is. */
  private readonly known = new Map<string, InstanceIdentity | null>();

  constructor(private readonly describe: (instanceIds: string[]) => Promise<EcsPage<EcsInstance>>) {}

  /** The identities of `needed`, asking ECS for those not known yet, topped up from `upcoming`. */
  async identitiesOf(needed: readonly string[], upcoming: readonly string[]): Promise<Map<string, InstanceIdentity>> {
    let missing = [...new Set(needed.filter((id) => !this.known.has(id)))];
    while (missing.length > 0) {
      const ask = new Set(missing.slice(0, INSTANCES_PAGE_MAX));
      for (const id of upcoming) {
        if (ask.size >= INSTANCES_PAGE_MAX) break;
        if (!this.known.has(id)) ask.add(id);
      }
      const page = await this.describe([...ask]);
      for (const id of ask) this.known.set(id, null);
      for (const item of page.items) {
        this.known.set(item.instanceId, { instanceId: item.instanceId, name: item.name, hostName: item.hostName, addresses: [...item.privateIpAddresses, ...item.publicIpAddresses] });
      }
      missing = missing.slice(INSTANCES_PAGE_MAX);
    }
    const identities = new Map<string, InstanceIdentity>();
    for (const id of needed) {
      const identity = this.known.get(id);
      if (identity) identities.set(id, identity);
    }
    return identities;
  }

  forget(instanceIds: readonly string[]): void {
    for (const id of instanceIds) this.known.delete(id);
  }
}
