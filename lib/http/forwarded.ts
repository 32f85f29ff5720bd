import type { IncomingHttpHeaders } from 'node:http';

import { clientOrigin, type TrustedProxies } from './trusted-proxies';

/**
 * Set by our server (lib/runtime/serve.ts) on every request, after anything a caller sent under
 * these names is dropped: the client's address as TRUSTED_PROXIES lets us see it, and a key
 * made at start, so code behind a server that is not ours (bare `next start`) trusts neither.
 */
export const CLIENT_ADDRESS_HEADER = 'x-invokedeck-client';
export const EDGE_KEY_HEADER = 'x-invokedeck-edge';
/** Where the key lives in the server's environment. */
export const EDGE_KEY_ENV = 'INVOKEDECK_EDGE_KEY';

const FORWARDING = ['x-forwarded-for', 'x-real-ip', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'forwarded'];

/**
 * Rewrite a request's forwarding headers to what we believe. Untrusted callers' X-Forwarded-*
 * and X-Real-IP are dropped; a trusted proxy's Host and Proto are kept (redirects and HSTS
 * depend on them); X-Forwarded-For becomes the one address we settled on, which is also what
 * Next sees.
 */
export function rewriteForwarding(
  headers: IncomingHttpHeaders,
  socket: { remoteAddress?: string | undefined; encrypted?: boolean | undefined },
  trust: TrustedProxies,
  edgeKey: string,
): void {
  const origin = clientOrigin(trust, socket.remoteAddress, single(headers['x-forwarded-for']), single(headers['x-real-ip']));
  for (const name of [...FORWARDING, CLIENT_ADDRESS_HEADER, EDGE_KEY_HEADER]) {
    if (origin.peerTrusted && (name === 'x-forwarded-host' || name === 'x-forwarded-proto' || name === 'x-forwarded-port')) continue;
    delete headers[name];
  }
  if (socket.encrypted) headers['x-forwarded-proto'] = 'https';
  if (origin.address) {
    headers['x-forwarded-for'] = origin.address;
    headers[CLIENT_ADDRESS_HEADER] = origin.address;
  }
  headers[EDGE_KEY_HEADER] = edgeKey;
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : value;
}

/** The client address our server settled on, or null when this request did not come through it. */
export function trustedClientAddress(read: (name: string) => string | null, edgeKey: string | undefined): string | null {
  if (!edgeKey || read(EDGE_KEY_HEADER) !== edgeKey) return null;
  return read(CLIENT_ADDRESS_HEADER) || null;
}
