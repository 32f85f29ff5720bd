import { describe, expect, it } from 'vitest';

import { createTtlCache } from './ttl-cache';

describe('createTtlCache', () => {
  it('shares one read among callers within the TTL, and reads again after it', async () => {
    let clock = 0;
    let reads = 0;
    const cache = createTtlCache<number>(1_000, () => clock);
    const load = () => Promise.resolve(++reads);
    expect(await Promise.all([cache.get('a', load), cache.get('a', load)])).toEqual([1, 1]);
    clock = 999;
    expect(await cache.get('a', load)).toBe(1);
    clock = 1_000;
    expect(await cache.get('a', load)).toBe(2);
    expect(await cache.get('b', load)).toBe(3);
  });

  it('does not keep a failed read', async () => {
    const cache = createTtlCache<string>(60_000, () => 0);
    await expect(cache.get('a', () => Promise.reject(new Error('ECS down')))).rejects.toThrow('ECS down');
    expect(await cache.get('a', () => Promise.resolve('back'))).toBe('back');
  });

  it('forgets a key on invalidate, and everything without one', async () => {
    let reads = 0;
    const cache = createTtlCache<number>(60_000, () => 0);
    const load = () => Promise.resolve(++reads);
    await cache.get('a', load);
    await cache.get('b', load);
    cache.invalidate('a');
    expect(await cache.get('a', load)).toBe(3);
    expect(await cache.get('b', load)).toBe(2);
    cache.invalidate();
    expect(await cache.get('b', load)).toBe(4);
  });

  it('holds at most maxKeys keys, dropping the oldest', async () => {
    let reads = 0;
    const cache = createTtlCache<number>(60_000, () => 0, 2);
    const load = () => Promise.resolve(++reads);
    for (const key of ['a', 'b', 'c']) await cache.get(key, load);
    expect(await cache.get('a', load)).toBe(4);
    expect(await cache.get('c', load)).toBe(3);
  });
});
