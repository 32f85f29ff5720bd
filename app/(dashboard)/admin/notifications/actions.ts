'use server';

import { revalidatePath } from 'next/cache';

import { defineAction } from '@/lib/auth/action';
import { getDb } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { notifyKey } from '@/lib/notify/keys';
import { webhookFormSchema, webhookIdSchema } from '@/lib/notify/schema';
import { changeWebhook, createWebhook, removeWebhook, sendTestWebhook } from '@/lib/notify/service';

const deps = async () => ({ db: await getDb(), key: notifyKey(), allowPrivate: getEnv().WEBHOOK_ALLOW_PRIVATE_HOSTS });

/** Create a webhook, or change one (`webhookId`); its URL and secret are sealed and never sent back. */
export const saveWebhook = defineAction({ name: 'saveWebhook', access: 'admin', schema: webhookFormSchema }, async (input, { user }) => {
  const result = input.webhookId ? await changeWebhook(await deps(), input, user) : await createWebhook(await deps(), input, user);
  revalidatePath('/admin/notifications');
  return result;
});

export const deleteWebhook = defineAction({ name: 'deleteWebhook', access: 'admin', schema: webhookIdSchema }, async (input, { user }) => {
  const result = await removeWebhook(await deps(), input.webhookId, user);
  revalidatePath('/admin/notifications');
  return result;
});

/** Post a sample event to the webhook now and say what it answered. */
export const testWebhook = defineAction({ name: 'testWebhook', access: 'admin', schema: webhookIdSchema }, async (input, { user }) => {
  const env = getEnv();
  const result = await sendTestWebhook({ ...(await deps()), publicUrl: env.publicUrl, timeoutMs: env.WEBHOOK_TIMEOUT_MS }, input.webhookId, user.username);
  revalidatePath('/admin/notifications');
  return result;
});
