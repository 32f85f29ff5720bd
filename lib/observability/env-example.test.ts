import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

/**
 * .env.example names every variable lib/env.ts reads (set or commented out), so a new setting
 * cannot be added without telling the person deploying. Read from the source: the schema's keys.
 */
const ROOT = join(__dirname, '..', '..');
const source = readFileSync(join(ROOT, 'lib', 'env.ts'), 'utf8');
const schema = /const envSchema = z\.object\(\{([\s\S]*?)\n\}\);/.exec(source)?.[1] ?? '';
const declared = [...schema.matchAll(/^ {2}([A-Z][A-Z0-9_]+):/gm)].map((match) => match[1] ?? '');
const example = readFileSync(join(ROOT, '.env.example'), 'utf8');

describe('.env.example', () => {
  it('finds the schema in lib/env.ts', () => {
    expect(declared).toEqual(expect.arrayContaining(['PORT', 'DATABASE_URL', 'TRUSTED_PROXIES', 'METRICS_TOKEN', 'LOG_FORMAT']));
  });

  it.each(declared)('names %s', (name) => {
    expect(example).toMatch(new RegExp(`^#? ?${name}=`, 'm'));
  });

  it('holds no value for a secret', () => {
    for (const line of example.split('\n').filter((text) => !text.startsWith('#'))) {
      if (/SECRET|PASSWORD|TOKEN/.test(line)) expect(line, line).toMatch(/=$/);
    }
  });
});
