import 'server-only';

import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { dirname } from 'node:path';

/**
 * Secret parameter values of batches not sent yet are kept only sealed with AES-256-GCM, each
 * box bound to its batch (the batch ID is the additional data, so a box copied onto another
 * batch does not open), and erased once the batch is sent.
 */
export interface SecretKey {
  /** A short fingerprint of the key: a replica holding another key leaves such boxes alone. */
  id: string;
  key: Buffer;
}

const VERSION = 'v1';

export function secretKeyFrom(key: Buffer): SecretKey {
  if (key.length !== 32) throw new Error('INVOKEDECK_SECRET_KEY must be 32 bytes, base64-encoded (openssl rand -base64 32).');
  return { id: createHash('sha256').update(key).digest('hex').slice(0, 12), key };
}

/**
 * The key from INVOKEDECK_SECRET_KEY (base64 of 32 bytes; every replica needs the same), or
 * one generated once into `file`, readable by its owner only.
 */
export function loadSecretKey(fromEnv: string | undefined, file: string): SecretKey {
  if (fromEnv) return secretKeyFrom(Buffer.from(fromEnv, 'base64'));
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    // 'wx': of two processes starting at once, one writes and the other reads what it wrote.
    try {
      writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  chmodSync(file, 0o600);
  return secretKeyFrom(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64'));
}

export function sealSecrets(key: SecretKey, values: Readonly<Record<string, string>>, boundTo: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key.key, iv);
  cipher.setAAD(Buffer.from(boundTo));
  const sealed = Buffer.concat([cipher.update(JSON.stringify(values), 'utf8'), cipher.final()]);
  return [VERSION, key.id, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), sealed.toString('base64url')].join('.');
}

export class SecretBoxError extends Error {
  override readonly name = 'SecretBoxError';
}

/** The key a box was sealed with (its fingerprint), without opening it. */
export function boxKeyId(box: string): string | null {
  const [version, keyId] = box.split('.');
  return version === VERSION && keyId ? keyId : null;
}

export function openSecrets(key: SecretKey, box: string, boundTo: string): Record<string, string> {
  const [version, keyId, iv, tag, sealed] = box.split('.');
  if (version !== VERSION || !iv || !tag || !sealed) throw new SecretBoxError('The sealed secrets are damaged.');
  if (keyId !== key.id) throw new SecretBoxError('The secrets were sealed with another key: every replica needs the same INVOKEDECK_SECRET_KEY.');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key.key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(boundTo));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    const text = Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString('utf8');
    return JSON.parse(text) as Record<string, string>;
  } catch {
    throw new SecretBoxError('The sealed secrets do not open: damaged, or sealed for another batch.');
  }
}
