import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { boxKeyId, loadSecretKey, openSecrets, sealSecrets, secretKeyFrom } from './secret-box';

const dir = mkdtempSync(join(tmpdir(), 'secret-box-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sealed secrets', () => {
  const key = secretKeyFrom(Buffer.alloc(32, 7));

  it('open with the key and the batch they were sealed for, and hold no plain text', () => {
    const box = sealSecrets(key, { registry_token: 'tok-5f3a' }, 'batch-1');
    expect(box).not.toContain('tok-5f3a');
    expect(Buffer.from(box.split('.').at(-1) ?? '', 'base64url').toString('latin1')).not.toContain('tok-5f3a');
    expect(openSecrets(key, box, 'batch-1')).toEqual({ registry_token: 'tok-5f3a' });
    expect(boxKeyId(box)).toBe(key.id);
  });

  it('refuse another batch, another key, and a tampered box', () => {
    const box = sealSecrets(key, { token: 'x' }, 'batch-1');
    expect(() => openSecrets(key, box, 'batch-2')).toThrow(/another batch/);
    expect(() => openSecrets(secretKeyFrom(Buffer.alloc(32, 8)), box, 'batch-1')).toThrow(/INVOKEDECK_SECRET_KEY/);
    const parts = box.split('.');
    parts[4] = `A${(parts[4] ?? '').slice(1)}`;
    expect(() => openSecrets(key, parts.join('.'), 'batch-1')).toThrow();
  });

  it('use INVOKEDECK_SECRET_KEY, or a key generated once into a file only its owner reads', () => {
    const file = join(dir, 'data', 'secret.key');
    const first = loadSecretKey(undefined, file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadSecretKey(undefined, file).id).toBe(first.id);
    expect(readFileSync(file, 'utf8')).not.toBe('');
    expect(loadSecretKey(Buffer.alloc(32, 9).toString('base64'), file).id).not.toBe(first.id);
    expect(() => loadSecretKey(Buffer.alloc(16).toString('base64'), file)).toThrow(/32 bytes/);
  });
});
