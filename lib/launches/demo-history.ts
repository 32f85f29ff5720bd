import 'server-only';

import { createHash } from 'node:crypto';

import { z } from 'zod';

import { writeAudit } from '@/lib/db/audit';
import { type Db } from '@/lib/db/client';
import { findLaunch, insertLaunch, listBatches } from '@/lib/db/launches';
import { listUsers } from '@/lib/db/users';
import { type InvokeDraft } from '@/lib/invoke/draft';
import { stripSecretValues, withSecretPolicy } from '@/lib/invoke/secrets';
import { REPEAT_MODES } from '@/lib/invoke/types';

import { recordSent } from './dispatch-record';

/** What the sandbox's `GET /_sandbox/history` answers (lib/ecs-sandbox/simulation/seed-history.ts). */
export const sandboxHistorySchema = z.object({
  launches: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      regionId: z.string(),
      commandId: z.string(),
      commandName: z.string(),
      commandType: z.string(),
      repeatMode: z.enum(REPEAT_MODES),
      frequency: z.string(),
      username: z.string(),
      parameters: z.array(z.object({ name: z.string(), value: z.string(), secret: z.boolean() })),
      createdAt: z.iso.datetime(),
      batches: z.array(z.object({ invokeId: z.string(), instanceIds: z.array(z.string()).min(1), createdAt: z.iso.datetime() })).min(1),
    }),
  ),
});

export type SandboxHistory = z.infer<typeof sandboxHistorySchema>;
type SeededLaunch = SandboxHistory['launches'][number];

/** The sandbox's seeded launches, asked with its control token. */
export async function fetchSandboxHistory(sandboxUrl: string, controlToken: string): Promise<SandboxHistory> {
  const response = await fetch(`${sandboxUrl}/_sandbox/history`, { headers: { authorization: `Bearer ${controlToken}` }, signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`The sandbox answered ${response.status} to GET /_sandbox/history`);
  return sandboxHistorySchema.parse(await response.json());
}

/**
 * Record the sandbox's seeded launches as launches of ours, so a fresh InvokeDeck lists
 * yesterday's patch and the runaway schedule like any others, and the observer watches them.
 * Only into an empty launches table (a database in use is never added to), owned by the first
 * admin (no account is made up for them), each batch sent with the sandbox's InvokeId. Launch
 * IDs come from the InvokeIds, so replicas starting together cannot adopt one twice.
 */
export async function adoptSandboxHistory(db: Db, history: SandboxHistory): Promise<string[]> {
  if (history.launches.length === 0 || (await hasLaunches(db))) return [];
  const owner = (await listUsers(db)).filter((user) => user.role === 'admin').sort((a, b) => a.created_at.localeCompare(b.created_at))[0];
  if (!owner) return [];
  const adopted: string[] = [];
  for (const seeded of history.launches) {
    if (await adoptOne(db, seeded, { userId: owner.id, username: owner.username })) adopted.push(launchIdOf(seeded));
  }
  return adopted;
}

async function adoptOne(db: Db, seeded: SeededLaunch, owner: { userId: string; username: string }): Promise<boolean> {
  const id = launchIdOf(seeded);
  const draft = draftOf(seeded);
  const batches = seeded.batches.map((batch, index) => ({
    id: uuidFrom(`batch/${batch.invokeId}`),
    batch_index: index,
    client_token: `seeded-${batch.invokeId}`,
    instance_ids: JSON.stringify(batch.instanceIds),
    secret_box: null,
  }));
  const inserted = await insertLaunch(
    db,
    {
      id,
      created_at: seeded.createdAt,
      created_by: owner.userId,
      created_by_username: owner.username,
      region_id: seeded.regionId,
      command_id: seeded.commandId,
      command_name: seeded.commandName,
      command_type: seeded.commandType,
      repeat_mode: seeded.repeatMode,
      frequency: seeded.repeatMode === 'Period' ? seeded.frequency : null,
      instance_count: draft.instanceIds.length,
      batch_count: batches.length,
      draft: JSON.stringify(stripSecretValues(draft)),
      preset_id: null,
      rate_control: null,
      request_template: null,
      secrets_expire_at: null,
    },
    batches,
    (tx) =>
      writeAudit(
        tx,
        {
          actor: null,
          action: 'launch.create',
          target: id,
          detail: { region: seeded.regionId, command: seeded.commandName, instances: draft.instanceIds.length, batches: batches.length, repeatMode: seeded.repeatMode, adoptedFrom: 'the ECS sandbox’s seeded history', owner: owner.username },
        },
        new Date(seeded.createdAt),
      ),
  );
  if (!inserted) return false;
  const launch = await findLaunch(db, id);
  if (!launch) return false;
  // Sent when the sandbox made each InvokeId: the observer then reads their results as for any launch.
  for (const batch of await listBatches(db, id)) {
    const sent = seeded.batches[batch.batch_index];
    if (sent) await recordSent(db, launch, batch, { invokeId: sent.invokeId, requestId: null }, new Date(sent.createdAt));
  }
  return true;
}

function draftOf(seeded: SeededLaunch): InvokeDraft {
  return {
    regionId: seeded.regionId,
    commandId: seeded.commandId,
    instanceIds: seeded.batches.flatMap((batch) => batch.instanceIds),
    repeatMode: seeded.repeatMode,
    frequency: seeded.repeatMode === 'Period' ? seeded.frequency : '',
    parameters: withSecretPolicy(seeded.parameters),
    // Empty is the form's default account (root, or System on Windows).
    username: seeded.username === 'root' || seeded.username === 'System' ? '' : seeded.username,
    windowsPasswordName: '',
  };
}

async function hasLaunches(db: Db): Promise<boolean> {
  return (await db.selectFrom('launches').select('id').limit(1).executeTakeFirst()) !== undefined;
}

const launchIdOf = (seeded: SeededLaunch) => uuidFrom(`launch/${seeded.batches[0]?.invokeId ?? seeded.key}`);

/** A name-based UUID (version 5 layout): the same InvokeId always gives the same ID. */
function uuidFrom(name: string): string {
  const hex = createHash('sha1').update(`invokedeck-sandbox-history/${name}`).digest('hex');
  const variant = ((Number.parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}
