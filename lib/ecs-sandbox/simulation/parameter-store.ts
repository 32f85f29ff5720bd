/**
 * The OOS Parameter Store as the sandbox's instances see it: `{{oos:name}}` and
 * `{{oos-secret:name}}` in a command (typed there, or passed in as a parameter value) are
 * resolved by the agent on the instance, so the value never travels with InvokeCommand. The
 * store is a fixed, seeded set of names with placeholder values; a name not in it fails the run
 * before the script starts, as the agent does.
 */
export const PARAMETER_STORE: Readonly<Record<string, string>> = {
  'registry-token': 'oos-registry-token-value',
  'db-password': 'oos-db-password-value',
  'svc-deploy-password': 'oos-svc-deploy-password-value',
  'deploy-key': 'oos-deploy-key-value',
  'app-env': 'production',
};

const REFERENCE = /\{\{\s*oos(-secret)?\s*:\s*([A-Za-z0-9][A-Za-z0-9_./-]*)\s*\}\}/g;

export type Resolved = { ok: true; content: string } | { ok: false; name: string; secret: boolean };

export function resolveParameterStore(content: string): Resolved {
  let missing: { name: string; secret: boolean } | null = null;
  const resolved = content.replace(REFERENCE, (whole, secret: string | undefined, name: string) => {
    const value = PARAMETER_STORE[name];
    if (value === undefined) {
      missing ??= { name, secret: secret !== undefined };
      return whole;
    }
    return value;
  });
  if (missing) return { ok: false, ...(missing as { name: string; secret: boolean }) };
  return { ok: true, content: resolved };
}
