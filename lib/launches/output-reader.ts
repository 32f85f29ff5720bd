import 'server-only';

import { createHash } from 'node:crypto';

import { type Db } from '@/lib/db/client';
import { findLaunch, listBatches } from '@/lib/db/launches';
import { claimOutputRead, failOutputRead, finishOutputRead, type OutputReadRow, planOutputRead, recordOutputStep, renewOutputRead, type StepGroup } from '@/lib/db/output-reads';
import { type EcsClient, EcsError, type EcsInvocation, withEcsPriority } from '@/lib/ecs';

import { IdentityPool } from './identity-pool';
import { isForgottenInvocation } from './observer';
import { groupOutputs } from './output-groups';
import { parseScope } from './output-scope';

export interface OutputReaderOptions {
  db: Db;
  ecs: EcsClient;
  owner: string;
  /** ECS calls per second this reader makes, so a big read leaves room for the rest. */
  callsPerSecond?: number;
  leaseMs?: number;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  log?: (message: string, fields: Record<string, unknown>) => void;
}

/**
 * Reads grouped outputs in the background. Every replica runs one; a read is claimed with a
 * lease, and its InvokeIds are read one at a time (DescribeInvocations with output, and
 * DescribeInstances for the identities that normalising needs, 100 a call), each written as
 * groups and members before the next is read: memory holds one InvokeId's outputs, and a
 * reader that dies leaves the rest to whichever takes the lease over.
 */
export class OutputReader {
  private readonly callsPerSecond: number;
  private readonly leaseMs: number;
  private readonly now: () => Date;
  private readonly sleep: (ms: number) => Promise<void>;
  private nextCallAt = 0;

  constructor(private readonly options: OutputReaderOptions) {
    this.callsPerSecond = options.callsPerSecond ?? 4;
    this.leaseMs = options.leaseMs ?? 30_000;
    this.now = options.now ?? (() => new Date());
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** Claim one read and carry it to its end; returns how many InvokeIds this pass read. */
  async tick(): Promise<number> {
    const { db, owner } = this.options;
    const read = await claimOutputRead(db, owner, this.now(), this.until());
    if (!read) return 0;
    let lost = false;
    const timer = setInterval(() => {
      void renewOutputRead(db, read.scope, owner, this.until()).then(
        (held) => (lost ||= !held),
        () => undefined,
      );
    }, Math.max(200, Math.floor(this.leaseMs / 3)));
    try {
      return await this.read(read, () => lost);
    } finally {
      clearInterval(timer);
    }
  }

  private async read(claimed: OutputReadRow, lost: () => boolean): Promise<number> {
    const { db, owner } = this.options;
    const { scope, region_id: region } = claimed;
    const plan = await this.plan(claimed);
    if (!plan) return 0;
    const { invokeIds, expected } = plan;

    const pool = new IdentityPool((ids) => this.paced(() => this.options.ecs.describeInstancesPage(region, { instanceIds: ids, maxResults: ids.length })));
    let instancesBefore = claimed.instances_read;
    let read = 0;
    for (let step = claimed.invocations_read; step < invokeIds.length; step++) {
      if (lost()) return read;
      const invokeId = invokeIds[step] ?? '';
      let groups: StepGroup[];
      try {
        const invocation = await this.describe(region, invokeId);
        const instances = invocation?.instances ?? [];
        const upcoming = invokeIds.slice(step + 1, step + 3).flatMap((id) => expected.get(id) ?? []);
        const identities = await pool.identitiesOf(instances.map((instance) => instance.instanceId), upcoming);
        groups = stepGroups(instances, identities, instancesBefore);
        pool.forget(instances.map((instance) => instance.instanceId));
        instancesBefore += instances.length;
      } catch (error) {
        if (!(error instanceof EcsError)) throw error;
        this.options.log?.('could not read outputs', { scope, invokeId, code: error.code });
        await this.fail(scope, { code: error.code, message: error.message });
        return read;
      }
      if (!(await recordOutputStep(db, { scope, owner, step, until: this.until(), groups }))) return read;
      read += 1;
    }
    await finishOutputRead(db, scope, owner, this.now());
    return read;
  }

  /**
   * The InvokeIds to read, fixed the first time the read is claimed (a launch: its sent
   * batches', in order; with the launch's change number, to tell later whether it moved on),
   * and for a launch the instances each was sent to, to fetch identities ahead. Null: the
   * read was failed or lost meanwhile.
   */
  private async plan(read: OutputReadRow): Promise<{ invokeIds: string[]; expected: Map<string, string[]> } | null> {
    const { db, owner } = this.options;
    const target = parseScope(read.scope);
    const expected = new Map<string, string[]>();
    if (target?.kind === 'launch') {
      for (const batch of await listBatches(db, target.id)) {
        if (batch.status === 'sent' && batch.invoke_id) expected.set(batch.invoke_id, JSON.parse(batch.instance_ids) as string[]);
      }
    }
    if (read.invoke_ids) return { invokeIds: JSON.parse(read.invoke_ids) as string[], expected };
    let invokeIds = target ? [target.id] : [];
    let launchSeq: number | null = null;
    if (target?.kind === 'launch') {
      const launch = await findLaunch(db, target.id);
      if (!launch) {
        await this.fail(read.scope, { code: 'NOT_FOUND', message: 'That launch was not found.' });
        return null;
      }
      invokeIds = [...expected.keys()];
      launchSeq = launch.change_seq;
    }
    return (await planOutputRead(db, read.scope, owner, invokeIds, launchSeq)) ? { invokeIds, expected } : null;
  }

  private async describe(region: string, invokeId: string): Promise<EcsInvocation | null> {
    try {
      return (await this.paced(() => this.options.ecs.describeInvocations(region, { invokeId, includeOutput: true, maxResults: 1 }))).items[0] ?? null;
    } catch (error) {
      // Alibaba forgot it: read as an InvokeId with no instances.
      if (isForgottenInvocation(error)) return null;
      throw error;
    }
  }

  private async fail(scope: string, error: { code: string; message: string }): Promise<void> {
    await failOutputRead(this.options.db, scope, this.options.owner, this.now(), error);
  }

  /** At most `callsPerSecond` ECS calls, evenly spaced, however fast the answers come. */
  private async paced<T>(call: () => Promise<T>): Promise<T> {
    const wait = this.nextCallAt - Date.now();
    if (wait > 0) await this.sleep(wait);
    this.nextCallAt = Math.max(Date.now(), this.nextCallAt) + 1000 / this.callsPerSecond;
    return withEcsPriority('background', call);
  }

  private until(): Date {
    return new Date(this.now().getTime() + this.leaseMs);
  }
}

/** One InvokeId's outputs grouped by their normalised text, keyed by its hash. */
function stepGroups(instances: EcsInvocation['instances'], identities: Parameters<typeof groupOutputs>[1], instancesBefore: number): StepGroup[] {
  const position = new Map(instances.map((instance, index) => [instance.instanceId, index]));
  const outputs = instances.map((instance) => ({ instanceId: instance.instanceId, output: instance.output ?? '', dropped: instance.dropped, status: instance.invocationStatus }));
  return groupOutputs(outputs, identities).map((group) => ({
    hash: createHash('sha256').update(group.output).digest('hex'),
    output: group.output,
    dropped: group.dropped,
    // groupOutputs keeps each group's members in the order met: its first is where it was first seen.
    firstSeen: instancesBefore + (position.get(group.instanceIds[0] ?? '') ?? 0),
    members: group.instanceIds.map((instanceId, index) => ({ instanceId, status: group.statuses[index] ?? '' })),
  }));
}
