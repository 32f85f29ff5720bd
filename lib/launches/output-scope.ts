/** Whose outputs, as far as our records go (an InvokeId's region matters only to the reader). */
export type ScopeRef = { launchId: string } | { invokeId: string };

/** The key of a scope's read, groups and members: `launch:<launchId>` or `invoke:<invokeId>`. */
export function scopeKey(scope: ScopeRef): string {
  return 'launchId' in scope ? `launch:${scope.launchId}` : `invoke:${scope.invokeId}`;
}

export function parseScope(key: string): { kind: 'launch' | 'invoke'; id: string } | null {
  const match = /^(launch|invoke):(.+)$/.exec(key);
  return match?.[1] && match[2] ? { kind: match[1] as 'launch' | 'invoke', id: match[2] } : null;
}
