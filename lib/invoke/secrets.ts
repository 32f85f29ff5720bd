import type { InvokeDraft, ParameterEntry } from '@/lib/invoke/draft';

/**
 * The one secret policy (browser-safe, applied again on the server to whatever the browser
 * sends): a parameter is secret when its name says so by the shared rule below, or when the
 * operator marked it. The browser may add secrets, never remove one. Secret values are
 * masked in every copy of a request, and blanked before a draft is stored or shared.
 */

/** Stands in for every secret value; fixed, so it never hints at the value's length. */
export const SECRET_MASK = '******';

/** Parts that mark a credential wherever they stand in a name ("registryToken", "db_password"). */
const SECRET_PARTS = /token|secret|passw|passphrase|pwd|credential|apikey|accesskey|privatekey|signature/i;
/** Whole words that do, but only as words ("ssh_key", "dbPass"; not "keyboard", "bypass"). */
const SECRET_WORDS = new Set(['key', 'keys', 'pass', 'auth', 'cred', 'creds', 'otp']);

/**
 * Cloud Assistant's own reference to a secret kept in OOS (`{{oos-secret:db-password}}`): the
 * instance resolves it when the command runs, so the value never passes through InvokeDeck.
 * A reference is a name, not a secret: it may be stored, shared and shown.
 */
export const OOS_SECRET_REFERENCE = /^\{\{oos-secret:([A-Za-z0-9][A-Za-z0-9_./-]{0,179})\}\}$/;

export function isSecretReference(value: string): boolean {
  return OOS_SECRET_REFERENCE.test(value);
}

export function secretReference(name: string): string {
  return `{{oos-secret:${name}}}`;
}

/** Whether a parameter name carries a credential by the shared rule; such a parameter is always secret. */
export function looksSecret(name: string): boolean {
  if (SECRET_PARTS.test(name.replace(/[-_.\s]/g, ''))) return true;
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/);
  return words.some((word) => SECRET_WORDS.has(word));
}

export function isSecretParameter(entry: Pick<ParameterEntry, 'name' | 'secret'>): boolean {
  return entry.secret || looksSecret(entry.name);
}

/** Each entry with its secret flag as the policy decides it. */
export function withSecretPolicy<T extends ParameterEntry>(entries: readonly T[]): T[] {
  return entries.map((entry) => (entry.secret || !looksSecret(entry.name) ? entry : { ...entry, secret: true }));
}

/** The draft as it may be stored or shared: the policy applied, every secret value blanked (references to OOS kept). */
export function stripSecretValues(draft: InvokeDraft): InvokeDraft {
  return { ...draft, parameters: withSecretPolicy(draft.parameters).map((entry) => (entry.secret && !isSecretReference(entry.value) ? { ...entry, value: '' } : entry)) };
}

/** Whether this entry's value must be masked wherever the request is shown: a secret's value that is not an OOS reference. */
export function hidesValue(entry: Pick<ParameterEntry, 'name' | 'secret' | 'value'>): boolean {
  return isSecretParameter(entry) && !isSecretReference(entry.value);
}

/**
 * Parameter values as Alibaba reports them (DescribeInvocations), masked for display: a name
 * the rule marks, or one of `secretNames` (what the launch that made it knew was secret).
 */
export function maskReportedParameters(
  parameters: Readonly<Record<string, string>>,
  secretNames: ReadonlySet<string> = new Set(),
): { name: string; value: string; secret: boolean }[] {
  return Object.entries(parameters).map(([name, value]) => {
    const secret = looksSecret(name) || secretNames.has(name.toLowerCase());
    return { name, value: secret && !isSecretReference(value) ? SECRET_MASK : value, secret };
  });
}

/** The names of a draft's secret parameters that must be typed again (an OOS reference need not be). */
export function secretNamesOf(parameters: readonly Pick<ParameterEntry, 'name' | 'secret' | 'value'>[]): string[] {
  return parameters.filter(hidesValue).map((entry) => entry.name);
}
