import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { migrate, openDb } from './client';

const root = mkdtempSync(join(tmpdir(), 'invokedeck-mode-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const mode = (path: string) => statSync(path).mode & 0o777;

describe('the SQLite files under data/', () => {
  it('are created readable by their owner only, the WAL files included', async () => {
    const file = join(root, 'fresh', 'invokedeck.db');
    const db = openDb({ kind: 'sqlite', file });
    await migrate(db);
    expect(mode(join(root, 'fresh'))).toBe(0o700);
    for (const path of [file, `${file}-wal`, `${file}-shm`]) expect(mode(path), path).toBe(0o600);
    await db.destroy();
  });

  it('tighten an existing file and folder left readable by others', async () => {
    const dir = join(root, 'old');
    const file = join(dir, 'invokedeck.db');
    const first = openDb({ kind: 'sqlite', file });
    await migrate(first);
    await first.destroy();
    chmodSync(dir, 0o755);
    chmodSync(file, 0o644);
    writeFileSync(join(dir, 'unrelated.txt'), 'x');
    const again = openDb({ kind: 'sqlite', file });
    expect(mode(dir)).toBe(0o700);
    expect(mode(file)).toBe(0o600);
    await again.destroy();
  });
});
