import type { StoreData } from './store';

/**
 * The sandbox cannot know which command parameters a caller considers secret, so every
 * value leaves memory masked: in the request log and in state.json. Keys are kept, so a
 * test can still see which parameters were sent.
 */
export const MASK = '******';

/** A `Parameters` JSON object with each value masked; text that is not an object is masked whole. */
export function maskParametersText(text: string): string {
  if (text.trim() === '') return text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return MASK;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return MASK;
  return JSON.stringify(maskParameters(parsed as Record<string, unknown>));
}

export function maskParameters(values: Readonly<Record<string, unknown>>): Record<string, string> {
  return Object.fromEntries(Object.keys(values).map((key) => [key, MASK]));
}

/** One request parameter as it may be kept: `Parameters` (and any flattened `Parameters.x`) masked. */
export function redactParam(name: string, value: string): string {
  if (name === 'Parameters') return maskParametersText(value);
  return name.startsWith('Parameters.') ? MASK : value;
}

export function redactParams(params: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, redactParam(name, value)]));
}

/** What state.json holds: invocation parameters masked, exact ClientToken fingerprints left in memory. */
export function redactStoreData(data: StoreData): StoreData {
  return {
    ...data,
    invocations: data.invocations.map((invocation) => ({
      ...invocation,
      parameters: maskParameters(invocation.parameters),
      ...(invocation.revisions ? { revisions: invocation.revisions.map((revision) => ({ ...revision, parameters: maskParameters(revision.parameters) })) } : {}),
    })),
    clientTokens: data.clientTokens.map(([key, { fingerprint, response, at }]) => [key, { fingerprint, response, at }]),
  };
}
