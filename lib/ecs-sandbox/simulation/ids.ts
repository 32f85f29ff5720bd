import { randomBytes } from 'node:crypto';
import type { RegionSpec } from './regions';
import { rngFor } from './random';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

function randomText(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return out;
}

/**
 * IDs in the live shape (`c-sh0…`, `t-sh0…`). New ones are random, never from a counter:
 * after a reset a new invocation must not reuse an InvokeId the dashboard already stored.
 */
export function newCommandId(region: RegionSpec): string {
  return `c-${region.shortCode}0${randomText(12)}`;
}

export function newInvokeId(region: RegionSpec): string {
  return `t-${region.shortCode}0${randomText(12)}`;
}

/** Seeded objects get IDs derived from the seed, so a regenerated seed keeps them. */
export function seededId(prefix: 'c' | 't', region: RegionSpec, seed: number, key: string): string {
  return `${prefix}-${region.shortCode}0${rngFor(seed, prefix, region.regionId, key).text(12)}`;
}
