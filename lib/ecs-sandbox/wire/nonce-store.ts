/**
 * Nonces seen recently, per access key. A nonce is remembered for twice the timestamp
 * window, so a replayed request is refused for as long as its timestamp would pass.
 */
export class NonceStore {
  private readonly seen = new Map<string, number>();

  constructor(private readonly ttlMs: number = 30 * 60 * 1000) {}

  /** Records the nonce; false when it was already used within the TTL. */
  remember(accessKeyId: string, nonce: string, nowMs: number): boolean {
    this.prune(nowMs);
    const key = `${accessKeyId}\u0000${nonce}`;
    const expiry = this.seen.get(key);
    if (expiry !== undefined && expiry > nowMs) return false;
    this.seen.delete(key);
    this.seen.set(key, nowMs + this.ttlMs);
    return true;
  }

  clear(): void {
    this.seen.clear();
  }

  /** Insertion order is expiry order (constant TTL), so pruning stops at the first live entry. */
  private prune(nowMs: number): void {
    for (const [key, expiry] of this.seen) {
      if (expiry > nowMs) break;
      this.seen.delete(key);
    }
  }
}
