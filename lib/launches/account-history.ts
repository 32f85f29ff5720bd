import 'server-only';

import { type Db } from '@/lib/db/client';
import { findOwnInvocations, type OwnInvocation } from '@/lib/db/launch-list';
import { type DescribeInvocationsInput, type EcsClient, EcsError, type EcsInvocation, type RepeatMode } from '@/lib/ecs';
import { AppError } from '@/lib/errors';
import { LAUNCH_TAG_KEY } from '@/lib/invoke/execution-tags';

import { commandFilter, type HistoryFilters, parseTag } from './account-history-query';

/** One API page: what one DescribeInvocations call returns, no more (it takes at most 50). */
export const HISTORY_PAGE_SIZE = 20;


/**
 * A row of the account's history as the list shows it: never the command's content or its
 * parameters (which may hold secrets), only what says what ran, where and how it went.
 */
export interface AccountInvocationRow {
  invokeId: string;
  commandId: string;
  /** Empty for a script run without a name (RunCommand). */
  commandName: string;
  commandType: string;
  repeatMode: string;
  frequency: string;
  /** The aggregate status Alibaba recommends reading. */
  status: string;
  instanceCount: number;
  createdAt: string | null;
  /** The InvokeDeck launch that sent it; null when it was made outside InvokeDeck. */
  launch: OwnInvocation | null;
  /** An `invokedeck:launch` tag this deployment has no launch for (another InvokeDeck, or records since deleted). */
  foreignLaunchTag: string | null;
}

export interface AccountHistoryPage {
  region: string;
  rows: AccountInvocationRow[];
  /** Opens the next (older) API page; null on the last. */
  nextToken: string | null;
  /** Rows of this API page that the instance filter made Alibaba keep but the other filters leave out. */
  narrowedOut: number;
}

/** The DescribeInvocations request for these filters: each narrowing goes to Alibaba. */
export function historyRequest(filters: HistoryFilters, token: string | undefined): DescribeInvocationsInput {
  const command = commandFilter(filters.command);
  const tag = filters.tag ? parseTag(filters.tag) : null;
  return {
    maxResults: HISTORY_PAGE_SIZE,
    ...(token && { nextToken: token }),
    ...(filters.status && { invokeStatus: filters.status }),
    ...(filters.repeat && { repeatMode: filters.repeat as RepeatMode }),
    ...(filters.kind && { timed: filters.kind === 'timed' }),
    ...command,
    ...(filters.instance && { instanceId: filters.instance }),
    ...(tag && { tags: [tag] }),
  };
}

/**
 * With InstanceId, Alibaba ignores CommandName and RepeatMode (its docs say so): those two are
 * applied here to what it returns, so every filter the operator set holds on every row.
 */
export function keepsFilters(filters: HistoryFilters, invocation: EcsInvocation): boolean {
  if (!filters.instance) return true;
  const command = commandFilter(filters.command);
  if (command && 'commandName' in command && invocation.commandName !== command.commandName) return false;
  return !filters.repeat || invocation.repeatMode === filters.repeat;
}

const LAUNCH_ID = /^[0-9a-f-]{36}$/i;

export function launchTagOf(invocation: EcsInvocation): string | null {
  const value = invocation.tags.find((tag) => tag.key === LAUNCH_TAG_KEY)?.value;
  return value && LAUNCH_ID.test(value) ? value : null;
}

export function toHistoryRow(invocation: EcsInvocation, own: { byInvokeId: Map<string, OwnInvocation>; byLaunchId: Map<string, OwnInvocation> }): AccountInvocationRow {
  const tagged = launchTagOf(invocation);
  const launch = own.byInvokeId.get(invocation.invokeId) ?? (tagged ? own.byLaunchId.get(tagged) : undefined) ?? null;
  return {
    invokeId: invocation.invokeId,
    commandId: invocation.commandId,
    commandName: invocation.commandName,
    commandType: invocation.commandType,
    repeatMode: invocation.repeatMode,
    frequency: invocation.frequency,
    status: invocation.invocationStatus,
    instanceCount: invocation.instances.length,
    createdAt: invocation.creationTime,
    launch,
    foreignLaunchTag: launch ? null : tagged,
  };
}

/**
 * One page of every invocation in a region, whoever made it (InvokeDeck, the console, the
 * CLI, other tools), read from DescribeInvocations and paged by its NextToken; those InvokeDeck
 * sent are recognised by their InvokeId (or launch tag) and lead to their launch. The region
 * must already be one this deployment allows. EcsError passes through for the page to show.
 */
export async function readAccountHistory(db: Db, ecs: EcsClient, region: string, filters: HistoryFilters, token?: string): Promise<AccountHistoryPage> {
  const page = await ecs.describeInvocations(region, historyRequest(filters, token));
  const kept = page.items.filter((invocation) => keepsFilters(filters, invocation));
  const tags = [...new Set(kept.flatMap((invocation) => launchTagOf(invocation) ?? []))];
  const own = await findOwnInvocations(
    db,
    kept.map((invocation) => invocation.invokeId),
    tags,
  );
  return {
    region,
    rows: kept.map((invocation) => toHistoryRow(invocation, own)),
    nextToken: page.nextToken,
    narrowedOut: page.items.length - kept.length,
  };
}

/**
 * What the view says when the read fails: Alibaba's code unchanged, and for a failure that may
 * pass (throttling, 5xx, network) that reading again is safe, instead of the launch-minded hint
 * the same code carries elsewhere. Null for an error that is not an AppError (a bug: it throws).
 */
export function historyFailure(error: unknown): { code: string; message: string } | null {
  if (error instanceof EcsError && error.retryable) {
    const said = error.detail ? ` (${error.detail})` : '';
    return { code: error.code, message: `Alibaba Cloud did not answer this read${said}. Nothing was changed; read again in a moment.` };
  }
  return error instanceof AppError ? { code: error.code, message: error.message } : null;
}
