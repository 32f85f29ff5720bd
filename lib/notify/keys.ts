import 'server-only';

import { resolve } from 'node:path';

import { getEnv } from '@/lib/env';
import { loadSecretKey, openSecrets, sealSecrets, type SecretKey } from '@/lib/launches/secret-box';

/**
 * Webhook URLs and secrets are sealed with the key that seals launch secrets
 * (INVOKEDECK_SECRET_KEY, or the one generated under DATA_DIR), bound to the webhook's ID.
 */
let cached: SecretKey | undefined;

export function notifyKey(): SecretKey {
  const env = getEnv();
  cached ??= loadSecretKey(env.INVOKEDECK_SECRET_KEY, resolve(env.DATA_DIR, 'secret.key'));
  return cached;
}

export function sealValue(key: SecretKey, value: string, webhookId: string, field: 'url' | 'secret'): string {
  return sealSecrets(key, { [field]: value }, `webhook:${webhookId}:${field}`);
}

export function openValue(key: SecretKey, box: string, webhookId: string, field: 'url' | 'secret'): string {
  const value = openSecrets(key, box, `webhook:${webhookId}:${field}`)[field];
  if (typeof value !== 'string') throw new Error(`The webhook's sealed ${field} is empty.`);
  return value;
}
