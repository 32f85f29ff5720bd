import 'server-only';

import { getDb } from '@/lib/db';
import { type Env, getEnv } from '@/lib/env';
import { logger } from '@/lib/logger';
import { modeInfo } from '@/lib/mode';

import { accountKeyFor, createEcsBudget } from './budget';
import * as authoring from './op-authoring';
import * as commands from './op-commands';
import * as instances from './op-instances';
import * as invocations from './op-invocations';
import * as managed from './op-managed';
import { type EcsClientOptions, ecsOptionsFromEnv, resolveOptions } from './options';
import { discoveredRegions, fixedRegions, type RegionGuard } from './region-guard';
import { Transport } from './transport';
import type {
  DescribeCommandsInput,
  DescribeInstancesInput,
  DescribeInvocationResultsInput,
  DescribeInvocationsInput,
  EcsAgentStatus,
  EcsCommand,
  EcsInstance,
  EcsInstanceWithAgent,
  EcsInvocation,
  EcsInvocationResult,
  EcsPage,
  EcsRegion,
  InvokeCommandInput,
} from './types';
import type {
  CreateCommandInput,
  DescribeManagedInstancesInput,
  EcsManagedInstance,
  ModifyCommandInput,
  ModifyInvocationInput,
  RunCommandInput,
} from './types-assistant';

/** Every ECS operation the app uses. Each rejects only with an EcsError. */
export interface EcsClient {
  describeRegions(options?: { region?: string; acceptLanguage?: string }): Promise<{ regions: EcsRegion[]; requestId: string }>;
  describeInstancesPage(region: string, input?: DescribeInstancesInput): Promise<EcsPage<EcsInstance>>;
  describeCloudAssistantStatus(
    region: string,
    instanceIds: readonly string[],
  ): Promise<{ items: EcsAgentStatus[]; requestIds: string[] }>;
  listInstancesWithAgentPage(
    region: string,
    nextToken: string | null,
    filters?: Omit<DescribeInstancesInput, 'nextToken'>,
  ): Promise<EcsPage<EcsInstanceWithAgent> & { agentRequestIds: string[] }>;
  describeCommands(region: string, input?: DescribeCommandsInput): Promise<EcsPage<EcsCommand>>;
  invokeCommand(region: string, input: InvokeCommandInput): Promise<{ invokeId: string; requestId: string }>;
  describeInvocations(region: string, input?: DescribeInvocationsInput): Promise<EcsPage<EcsInvocation>>;
  describeInvocationResults(region: string, input: DescribeInvocationResultsInput): Promise<EcsPage<EcsInvocationResult>>;
  stopInvocation(region: string, invokeId: string, instanceIds?: readonly string[]): Promise<{ requestId: string }>;
  rebootInstance(region: string, instanceId: string): Promise<{ requestId: string }>;
  runCommand(region: string, input: RunCommandInput): Promise<{ commandId: string; invokeId: string; requestId: string }>;
  createCommand(region: string, input: CreateCommandInput): Promise<{ commandId: string; requestId: string }>;
  modifyCommand(region: string, commandId: string, input: ModifyCommandInput): Promise<{ requestId: string }>;
  deleteCommand(region: string, commandId: string): Promise<{ requestId: string }>;
  modifyInvocation(region: string, invokeId: string, input: ModifyInvocationInput): Promise<{ commandId: string; requestId: string }>;
  describeManagedInstances(region: string, input?: DescribeManagedInstancesInput): Promise<EcsPage<EcsManagedInstance>>;
  /** The account's daily runs per region (DescribeAccountAttributes), or null when it gives no number. */
  describeDailyInvocationQuota(region: string): Promise<{ quota: number | null; requestId: string }>;
}

/** A client with explicit options: tests and tools build their own; the app uses getEcsClient(). */
export function createEcsClient(options: EcsClientOptions = {}): EcsClient {
  const transport = new Transport(resolveOptions(options));
  return {
    describeRegions: (opts) => instances.describeRegions(transport, opts),
    describeInstancesPage: (region, input) => instances.describeInstancesPage(transport, region, input),
    describeCloudAssistantStatus: (region, ids) => instances.describeCloudAssistantStatus(transport, region, ids),
    listInstancesWithAgentPage: (region, nextToken, filters) =>
      instances.listInstancesWithAgentPage(transport, region, nextToken, filters),
    describeCommands: (region, input) => commands.describeCommands(transport, region, input),
    invokeCommand: (region, input) => commands.invokeCommand(transport, region, input),
    describeInvocations: (region, input) => invocations.describeInvocations(transport, region, input),
    describeInvocationResults: (region, input) => invocations.describeInvocationResults(transport, region, input),
    stopInvocation: (region, invokeId, ids) => commands.stopInvocation(transport, region, invokeId, ids),
    rebootInstance: (region, instanceId) => instances.rebootInstance(transport, region, instanceId),
    runCommand: (region, input) => authoring.runCommand(transport, region, input),
    createCommand: (region, input) => authoring.createCommand(transport, region, input),
    modifyCommand: (region, commandId, input) => authoring.modifyCommand(transport, region, commandId, input),
    deleteCommand: (region, commandId) => authoring.deleteCommand(transport, region, commandId),
    modifyInvocation: (region, invokeId, input) => authoring.modifyInvocationAttribute(transport, region, invokeId, input),
    describeManagedInstances: (region, input) => managed.describeManagedInstances(transport, region, input),
    describeDailyInvocationQuota: (region) => managed.describeDailyInvocationQuota(transport, region),
  };
}

let shared: { client: EcsClient; regions: RegionGuard } | undefined;

function sharedClient(): { client: EcsClient; regions: RegionGuard } {
  if (shared) return shared;
  const env = getEnv();
  const mode = modeInfo(env);
  // The sandbox says which regions it has; its DescribeRegions goes to the default region, which
  // the guard always lets through, so learning the list cannot depend on the list.
  const holder: { client?: EcsClient } = {};
  const regions =
    mode.kind === 'live'
      ? fixedRegions(mode.regions)
      : discoveredRegions(async () => {
          const listed = await (holder.client as EcsClient).describeRegions();
          return listed.regions.filter((region) => region.status !== 'soldOut').map((region) => region.regionId);
        });
  const budget = createEcsBudget({ db: getDb, accountKey: budgetAccount(env), rates: env.ECS_API_RATE, logger });
  holder.client = createEcsClient({ ...ecsOptionsFromEnv(env), logger, regions, budget });
  shared = { client: holder.client, regions };
  return shared;
}

/**
 * Whose flow control the budget counts against: the sandbox's, or the live account's, named by
 * what configures the credentials chain (hashed): the key ID, else the role or profile.
 */
function budgetAccount(env: Env): string {
  if (env.mode === 'sandbox') return 'sandbox';
  return accountKeyFor(env.ALIBABA_CLOUD_ACCESS_KEY_ID ?? env.ALIBABA_CLOUD_ROLE_ARN ?? env.ALIBABA_CLOUD_PROFILE);
}

/** The app's client, configured from the environment once (sandbox keys or the credentials chain). */
export function getEcsClient(): EcsClient {
  return sharedClient().client;
}

/** The regions the app's client may call (ECS_REGIONS in live mode, the sandbox's own in sandbox mode). */
export function getRegionGuard(): RegionGuard {
  return sharedClient().regions;
}
