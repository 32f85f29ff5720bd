import { seedInstance } from '../simulation/fleet';
import { seedManagedInstances } from '../simulation/managed-fleet';
import { publicCommands } from '../simulation/public-commands';
import { REGIONS, DEFAULT_REGION_ID, type RegionSpec } from '../simulation/regions';
import type { Command, Instance, InstanceRuntime, InstanceSeed, Invocation } from './types';

export interface ClientTokenRecord {
  /** The request with `Parameters` values masked: what state.json keeps. */
  fingerprint: string;
  /** The request as sent; memory only, since parameter values may be secret. */
  exactFingerprint?: string;
  response: Record<string, unknown>;
  at: number;
}

/** Everything calls can change, in a JSON-safe shape (the seeded fleet is regenerated). */
export interface StoreData {
  seededAt: number;
  instanceRuntime: Record<string, InstanceRuntime>;
  commands: Command[];
  invocations: Invocation[];
  clientTokens: Array<[string, ClientTokenRecord]>;
  quota: Array<[string, number]>;
}

/**
 * The sandbox's state, moto-style: plain maps with indexes, no behaviour beyond keeping
 * them consistent. `onChange` lets persistence schedule a write after every mutation.
 */
export class SandboxStore {
  readonly instances = new Map<string, Instance>();
  private readonly byRegion = new Map<string, Instance[]>();
  private readonly managedByRegion = new Map<string, Instance[]>();
  readonly commands = new Map<string, Command>();
  /** Alibaba's public commands: read-only, regenerated from the seed, never persisted. */
  readonly publicCommands = new Map<string, Command>();
  readonly invocations = new Map<string, Invocation>();
  private readonly invocationsByInstance = new Map<string, Invocation[]>();
  readonly clientTokens = new Map<string, ClientTokenRecord>();
  private readonly quota = new Map<string, number>();
  private readonly dirtyInstances = new Set<string>();
  seededAt = 0;
  onChange: () => void = () => {};

  constructor(
    readonly seed: number,
    readonly defaultRegionInstances: number,
  ) {
    this.generateFleet();
    for (const command of publicCommands(seed)) this.publicCommands.set(command.commandId, command);
  }

  regions(): readonly RegionSpec[] {
    return REGIONS;
  }

  /** The region's ECS instances (managed instances are apart: `regionManagedInstances`). */
  regionInstances(regionId: string): readonly Instance[] {
    return this.byRegion.get(regionId) ?? [];
  }

  regionManagedInstances(regionId: string): readonly Instance[] {
    return this.managedByRegion.get(regionId) ?? [];
  }

  /** Record that an instance's runtime changed (only changed instances are persisted). */
  touchInstance(instance: Instance): void {
    this.dirtyInstances.add(instance.instanceId);
    this.onChange();
  }

  addCommand(command: Command): void {
    this.commands.set(command.commandId, command);
    this.onChange();
  }

  /** A command of the account or a public one, by ID. */
  anyCommand(commandId: string): Command | undefined {
    return this.commands.get(commandId) ?? this.publicCommands.get(commandId);
  }

  /** The latest version of a public command with this name in the region (InvokeCommand accepts the name). */
  publicCommandByName(regionId: string, name: string): Command | undefined {
    let found: Command | undefined;
    for (const command of this.publicCommands.values()) {
      if (command.regionId === regionId && command.name === name && (!found || (command.version ?? 0) > (found.version ?? 0))) found = command;
    }
    return found;
  }

  updateCommand(command: Command): void {
    this.commands.set(command.commandId, command);
    this.onChange();
  }

  deleteCommand(commandId: string): void {
    this.commands.delete(commandId);
    this.onChange();
  }

  addInvocation(invocation: Invocation): void {
    this.invocations.set(invocation.invokeId, invocation);
    for (const target of invocation.targets) {
      const list = this.invocationsByInstance.get(target.instanceId) ?? [];
      list.push(invocation);
      this.invocationsByInstance.set(target.instanceId, list);
    }
    this.onChange();
  }

  /** An invocation changed in place (ModifyInvocationAttribute); `addedInstances` joined it. */
  updateInvocation(invocation: Invocation, addedInstances: readonly string[]): void {
    for (const instanceId of addedInstances) {
      const list = this.invocationsByInstance.get(instanceId) ?? [];
      list.push(invocation);
      this.invocationsByInstance.set(instanceId, list);
    }
    this.onChange();
  }

  /** Invocations of a region, newest first. */
  regionInvocations(regionId: string): Invocation[] {
    return [...this.invocations.values()]
      .filter((invocation) => invocation.regionId === regionId)
      .sort((a, b) => b.creationTime - a.creationTime || (a.invokeId < b.invokeId ? -1 : 1));
  }

  invocationsOf(instanceId: string): readonly Invocation[] {
    return this.invocationsByInstance.get(instanceId) ?? [];
  }

  quotaUsed(regionId: string, day: string): number {
    return this.quota.get(`${regionId}/${day}`) ?? 0;
  }

  addQuota(regionId: string, day: string): void {
    const key = `${regionId}/${day}`;
    this.quota.set(key, (this.quota.get(key) ?? 0) + 1);
    this.onChange();
  }

  quotaEntries(): Array<[string, number]> {
    return [...this.quota.entries()];
  }

  /** Back to the seed: a fresh fleet, no commands, invocations, tokens or quota use. */
  clear(): void {
    this.commands.clear();
    this.invocations.clear();
    this.invocationsByInstance.clear();
    this.clientTokens.clear();
    this.quota.clear();
    this.dirtyInstances.clear();
    this.generateFleet();
    this.onChange();
  }

  toData(): StoreData {
    const instanceRuntime: Record<string, InstanceRuntime> = {};
    for (const id of this.dirtyInstances) {
      const instance = this.instances.get(id);
      if (instance) instanceRuntime[id] = instance.runtime;
    }
    return {
      seededAt: this.seededAt,
      instanceRuntime,
      commands: [...this.commands.values()],
      invocations: [...this.invocations.values()],
      clientTokens: [...this.clientTokens.entries()],
      quota: [...this.quota.entries()],
    };
  }

  load(data: StoreData): void {
    this.clear();
    this.seededAt = data.seededAt;
    for (const [id, runtime] of Object.entries(data.instanceRuntime)) {
      const instance = this.instances.get(id);
      if (!instance) continue;
      instance.runtime = runtime;
      if (runtime.tags) instance.tags = runtime.tags.map((tag) => ({ ...tag }));
      this.dirtyInstances.add(id);
    }
    for (const command of data.commands) this.commands.set(command.commandId, command);
    for (const invocation of data.invocations) this.addInvocation(invocation);
    for (const [key, record] of data.clientTokens) this.clientTokens.set(key, record);
    for (const [key, count] of data.quota) this.quota.set(key, count);
  }

  private generateFleet(): void {
    this.instances.clear();
    this.byRegion.clear();
    this.managedByRegion.clear();
    for (const region of REGIONS) {
      const count = region.regionId === DEFAULT_REGION_ID ? this.defaultRegionInstances : region.baseInstances;
      const list: Instance[] = [];
      for (let index = 0; index < count; index++) {
        const instance = this.withRuntime(seedInstance(this.seed, region, index));
        list.push(instance);
        this.instances.set(instance.instanceId, instance);
      }
      this.byRegion.set(region.regionId, list);
      const managed = seedManagedInstances(this.seed, region).map((seed) => this.withRuntime(seed));
      for (const instance of managed) this.instances.set(instance.instanceId, instance);
      this.managedByRegion.set(region.regionId, managed);
    }
  }

  /** Extends the fresh seed object rather than copy it: 10,000 copies cost more than the generation. */
  private withRuntime(seed: InstanceSeed): Instance {
    return Object.assign(seed, {
      runtime: { powerOps: [], releasedAt: null, agentEvents: [], agentVersion: seed.agentVersion, diskFreedAt: null, diskFreedBy: null },
    });
  }
}
