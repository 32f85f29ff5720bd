import 'server-only';

import { z } from 'zod';

import { type SessionUser } from '@/lib/auth/sessions';
import { type Db } from '@/lib/db/client';
import { findLaunch } from '@/lib/db/launches';
import { pageOutputGroupsByStatus, pageOutputMembersByStatus } from '@/lib/db/output-groups-by-status';
import { findOutputRead, type OutputReadRow, pageOutputGroups, pageOutputMembers, queueOutputRead } from '@/lib/db/output-reads';
import { invalid, notFound } from '@/lib/errors';

import { regionOfInvocation } from './invocation-read';
import {
  GROUP_MEMBERS_SHOWN,
  OUTPUT_GROUPS_PAGE_SIZE,
  OUTPUT_MEMBERS_PAGE_SIZE,
  type OutputGroupsPage,
  type OutputMembersPage,
  type OutputReadView,
  type ReadOutputsInput,
} from './output-groups';
import { type ScopeRef, scopeKey } from './output-scope';
import { invokeIdSchema } from './query-schemas';
import { allowedRegionSchema } from './regions';

/** A finished read of an InvokeId is read again when asked after this long. */
const INVOKE_FRESH_MS = 60_000;

/** What the readOutputs action takes. */
export const readOutputsSchema = z.union(
  [
    z.object({ launchId: z.uuid(), again: z.boolean().optional() }),
    z.object({ invokeId: invokeIdSchema, region: allowedRegionSchema, again: z.boolean().optional() }),
  ],
  { error: 'Say whose outputs to read: a launch, or an InvokeId and its region.' },
);

/** The query of the grouped-outputs routes: a 1-based page, and optionally the statuses whose outputs to show (`status=Failed,Timeout`). */
export const outputPageQuery = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  status: z
    .string()
    .optional()
    .transform((text) => (text ? [...new Set(text.split(','))] : undefined))
    .pipe(z.array(z.string().regex(/^[A-Za-z]{1,32}$/, 'status: InvocationStatus names, comma-separated.')).min(1).max(40).optional()),
});
export type OutputPageQuery = z.infer<typeof outputPageQuery>;
export const groupHashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'Group: the hash of a group of outputs.');

/**
 * Ask for a scope's outputs to be read in the background. Nothing is queued when a read is
 * queued or going on, or a finished one is still fresh (unless `again`); what the page then
 * polls is the answer. Costs ECS nothing here: the reader makes the calls.
 */
export async function requestOutputRead(db: Db, user: SessionUser, input: ReadOutputsInput, now = new Date()): Promise<OutputReadView> {
  let region: string;
  let launchSeq: number | null = null;
  if ('launchId' in input) {
    const launch = await findLaunch(db, input.launchId);
    if (!launch) throw notFound('That launch');
    region = launch.region_id;
    launchSeq = launch.change_seq;
  } else {
    // An InvokeId of ours lives where we sent it, whatever the caller says.
    region = (await regionOfInvocation(db, input.invokeId, input.region)) ?? input.region;
  }
  const scope = scopeKey(input);
  const existing = await findOutputRead(db, scope);
  const busy = existing?.status === 'queued' || existing?.status === 'reading';
  const fresh = existing?.status === 'done' && !isStale(existing, launchSeq, now);
  if (!busy && (!fresh || input.again)) {
    await queueOutputRead(db, { scope, region, requestedBy: user.username, now, replacing: existing ? { finishedAt: existing.finished_at } : null });
  }
  return readView(await findOutputRead(db, scope), launchSeq, now);
}

/** A page of a scope's groups, from our records only; with `statuses`, only those instances' outputs. */
export async function outputGroupsPage(db: Db, scope: ScopeRef, page: number, now = new Date(), statuses?: readonly string[]): Promise<OutputGroupsPage> {
  const launchSeq = await currentLaunchSeq(db, scope);
  const read = await findOutputRead(db, scopeKey(scope));
  const offset = (page - 1) * OUTPUT_GROUPS_PAGE_SIZE;
  const found = statuses
    ? await pageOutputGroupsByStatus(db, scopeKey(scope), statuses, offset, OUTPUT_GROUPS_PAGE_SIZE, GROUP_MEMBERS_SHOWN)
    : { ...(await pageOutputGroups(db, scopeKey(scope), offset, OUTPUT_GROUPS_PAGE_SIZE, GROUP_MEMBERS_SHOWN)), instances: 0 };
  return {
    ...readView(read, launchSeq, now),
    filter: statuses ? { statuses: [...statuses], instances: found.instances } : null,
    totalGroups: found.total,
    page,
    pageCount: Math.ceil(found.total / OUTPUT_GROUPS_PAGE_SIZE),
    groups: found.groups.map((group) => ({
      hash: group.hash,
      output: group.output,
      dropped: group.dropped,
      instanceCount: group.instance_count,
      statuses: Object.entries(JSON.parse(group.status_counts) as Record<string, number>)
        .map(([status, count]) => ({ status, count }))
        .sort((a, b) => b.count - a.count),
      instanceIds: group.instance_ids,
    })),
  };
}

/** A page of the instances that returned one group's output; with `statuses`, only those in them. */
export async function outputMembersPage(db: Db, scope: ScopeRef, hash: string, page: number, statuses?: readonly string[]): Promise<OutputMembersPage> {
  const offset = (page - 1) * OUTPUT_MEMBERS_PAGE_SIZE;
  const found = statuses
    ? await pageOutputMembersByStatus(db, scopeKey(scope), hash, statuses, offset, OUTPUT_MEMBERS_PAGE_SIZE)
    : await pageOutputMembers(db, scopeKey(scope), hash, offset, OUTPUT_MEMBERS_PAGE_SIZE);
  if (!found) throw notFound('That group of outputs');
  return { hash, total: found.total, page, pageCount: Math.ceil(found.total / OUTPUT_MEMBERS_PAGE_SIZE), members: found.members };
}

/** The launch of a launch scope, checked to exist (a 404 otherwise), and its current change number. */
async function currentLaunchSeq(db: Db, scope: ScopeRef): Promise<number | null> {
  if (!('launchId' in scope)) return null;
  const launch = await findLaunch(db, scope.launchId);
  if (!launch) throw notFound('That launch');
  return launch.change_seq;
}

/** A done read of a launch that has changed since it started, or of an InvokeId over a minute ago. */
export function isStale(read: OutputReadRow, launchSeq: number | null, now: Date): boolean {
  if (read.status !== 'done') return false;
  if (read.scope.startsWith('launch:')) return launchSeq !== null && read.launch_seq !== null && launchSeq !== read.launch_seq;
  return now.getTime() - Date.parse(read.finished_at ?? '') > INVOKE_FRESH_MS;
}

function readView(read: OutputReadRow | undefined, launchSeq: number | null, now: Date): OutputReadView {
  if (!read) return { status: 'none', invocationsRead: 0, invocationsTotal: 0, instancesRead: 0, stale: false, requestedAt: null, requestedBy: null, readAt: null, error: null };
  return {
    status: read.status,
    invocationsRead: read.invocations_read,
    invocationsTotal: read.invocations_total,
    instancesRead: read.instances_read,
    stale: isStale(read, launchSeq, now),
    requestedAt: read.requested_at,
    requestedBy: read.requested_by,
    readAt: read.finished_at,
    error: read.error_code ? { code: read.error_code, message: read.error_message ?? '' } : null,
  };
}

/** For the InvokeId routes: the scope of an InvokeId from a URL, a 422 when it is not one. */
export function invokeScope(invokeId: string): ScopeRef {
  const parsed = invokeIdSchema.safeParse(invokeId);
  if (!parsed.success) throw invalid(parsed.error.issues[0]?.message ?? 'Not an InvokeId.');
  return { invokeId: parsed.data };
}
