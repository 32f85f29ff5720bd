import 'server-only';

import { listPickerCommands } from '@/lib/commands/list';
import { getDb } from '@/lib/db';
import { quotaDay, quotaUsed } from '@/lib/db/quota';
import { type EcsClient, getEcsClient } from '@/lib/ecs';
import { type FleetCursor } from '@/lib/fleet/cursor';
import { getFleetRefresher } from '@/lib/fleet/instance';
import { readFleetPage } from '@/lib/fleet/snapshot';
import { type FleetPage } from '@/lib/fleet/types';
import { toCommandInfo } from '@/lib/invoke/command-info';
import { type QuotaAnswer } from '@/lib/invoke/limits';
import { type PickerCommand } from '@/lib/invoke/types';
import { appLimits, dailyQuota } from '@/lib/launches/account-limits';
import { logger } from '@/lib/logger';
import { readWebhookOptions } from '@/lib/notify/launch-deliveries';
import { type WebhookOption } from '@/lib/notify/schema';

/** What the launch form asks its JSON routes for, answered here by the page and by those routes alike. */
export interface LaunchFormData {
  regionId: string;
  commands?: { commands: PickerCommand[]; truncated: boolean };
  quota?: QuotaAnswer;
  /** The first page of the region's fleet snapshot. */
  instances?: FleetPage;
  /** The enabled webhooks the Notify field offers (GET /api/notify/webhooks). */
  webhooks?: WebhookOption[];
}

/** The region's commands for the picker (GET /api/ecs/commands). */
export async function pickerCommands(ecs: EcsClient, region: string): Promise<NonNullable<LaunchFormData['commands']>> {
  const { commands, truncated } = await listPickerCommands(ecs, region);
  return { commands: commands.map((command) => ({ ...toCommandInfo(command), description: command.description })), truncated };
}

/** Today's InvokeCommand calls in the region, its daily limit and where that came from, and the per-call limits (GET /api/quota). */
export async function regionQuota(ecs: EcsClient, region: string): Promise<QuotaAnswer> {
  const [used, quota] = await Promise.all([quotaUsed(await getDb(), region, quotaDay(new Date())), dailyQuota(ecs, region)]);
  const { instancesPerCall, contentBase64Bytes } = appLimits();
  return { used, limit: quota.limit, source: quota.source, limits: { instancesPerCall, contentBase64Bytes } };
}

/** A page of the region's instances from its snapshot, the first without a token (GET /api/ecs/instances). */
export async function regionFleetPage(region: string, nextToken: FleetCursor | null = null): Promise<FleetPage> {
  return readFleetPage(await getDb(), region, nextToken, { refresher: await getFleetRefresher() });
}

/**
 * The form's data for its first region, read while the page renders, so the form arrives with
 * its commands, quota, first instances and webhooks instead of asking for each once it has hydrated (and
 * drawing itself again as each answer lands). A part that fails is left out: the form asks for
 * it itself and shows that request's error, as it would have.
 */
export async function loadLaunchFormData(region: string): Promise<LaunchFormData> {
  const ecs = getEcsClient();
  const settle = <T>(part: string, read: Promise<T>) =>
    read.catch((error: unknown) => {
      logger.warn('the launch form will read this part itself', { region, part, error: error instanceof Error ? error.message : String(error) });
      return undefined;
    });
  const [commands, quota, instances, webhooks] = await Promise.all([
    settle('commands', pickerCommands(ecs, region)),
    settle('quota', regionQuota(ecs, region)),
    settle('instances', regionFleetPage(region)),
    settle('webhooks', getDb().then(readWebhookOptions)),
  ]);
  return { regionId: region, ...(commands && { commands }), ...(quota && { quota }), ...(instances && { instances }), ...(webhooks && { webhooks }) };
}
