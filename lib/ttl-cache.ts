/**
 * A small per-process cache of slow reads that many requests share: one read per key at a
 * time (callers arriving meanwhile wait for it), kept `ttlMs`, a failed read not kept. Only for
 * what may be a little stale and that no other replica needs (lists read from ECS).
 */
export interface TtlCache<V> {
  get(key: string, load: () => Promise<V>): Promise<V>;
  /** Forget a key (this process changed what it holds), or every key. */
  invalidate(key?: string): void;
}

export function createTtlCache<V>(ttlMs: number, now: () => number = Date.now, maxKeys = 100): TtlCache<V> {
  const entries = new Map<string, { at: number; value: Promise<V> }>();
  return {
    get(key, load) {
      const held = entries.get(key);
      if (held && now() - held.at < ttlMs) return held.value;
      const value = load();
      const entry = { at: now(), value };
      entries.set(key, entry);
      // Failures are not kept; the next caller reads again. The entry is removed only if still ours.
      value.catch(() => {
        if (entries.get(key) === entry) entries.delete(key);
      });
      if (entries.size > maxKeys) entries.delete(entries.keys().next().value as string);
      return value;
    },
    invalidate(key) {
      if (key === undefined) entries.clear();
      else entries.delete(key);
    },
  };
}
