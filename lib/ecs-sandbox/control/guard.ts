import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';

import { firstHeader, type ParsedRequest } from '../wire/parse-request';

/** Who may use `/_sandbox/*`: a bearer token, the Host names it answers to, and whether remote callers may try. */
export interface ControlAccess {
  token: string;
  /** Lowercase host names besides IP literals and `localhost` (e.g. a docker-compose service). */
  allowedHosts: ReadonlySet<string>;
  /** False while the sandbox listens on loopback only: then a non-loopback caller is refused outright. */
  remoteCallers: boolean;
}

export const MIN_CONTROL_TOKEN_LENGTH = 16;

/** 32 random bytes, base64url: what the sandbox uses when no token is configured. */
export function generateControlToken(): string {
  return randomBytes(32).toString('base64url');
}

export interface Refusal {
  status: 401 | 403 | 405;
  message: string;
}

/**
 * The checks in front of every control endpoint. The Host check defeats DNS rebinding (a page
 * on evil.example whose name now points at 127.0.0.1); the token defeats cross-site requests,
 * since a page cannot add an Authorization header without a preflight, which is refused.
 */
export function checkControlAccess(request: ParsedRequest, access: ControlAccess): Refusal | null {
  if (!hostAllowed(firstHeader(request, 'host'), access.allowedHosts)) {
    return { status: 403, message: 'The control endpoints answer only to an IP address, localhost or a name in SANDBOX_ALLOWED_HOSTS as Host.' };
  }
  if (request.method === 'OPTIONS') return { status: 405, message: 'The control endpoints do not take cross-origin requests.' };
  if (!access.remoteCallers && !isLoopback(request.remoteAddress)) {
    return { status: 403, message: 'The control endpoints answer loopback callers only (the sandbox listens on a loopback address).' };
  }
  if (request.method === 'GET' && request.path.replace(/\/+$/, '') === '/_sandbox/health') return null;
  if (!tokenMatches(firstHeader(request, 'authorization'), access.token)) {
    return { status: 401, message: 'Send Authorization: Bearer <control token> (SANDBOX_CONTROL_TOKEN, or the token the sandbox printed at start).' };
  }
  return null;
}

/** `Host` as sent: an IP literal (IPv6 in brackets), `localhost`, or an allowed name, with any port. */
export function hostAllowed(header: string | undefined, allowedHosts: ReadonlySet<string>): boolean {
  const match = /^(?:\[([0-9a-f:.]+)\]|([^:[\]]+))(?::\d{1,5})?$/i.exec((header ?? '').trim());
  if (!match) return false;
  if (match[1] !== undefined) return isIPv6(match[1]);
  const name = (match[2] ?? '').toLowerCase();
  return isIPv4(name) || name === 'localhost' || allowedHosts.has(name);
}

export function isLoopback(address: string): boolean {
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return isIPv4(v4) ? v4.startsWith('127.') : address === '::1';
}

/** Constant time: both sides are hashed to the same length before the comparison. */
function tokenMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '');
  const given = createHash('sha256').update(match?.[1] ?? '').digest();
  const expected = createHash('sha256').update(token).digest();
  return timingSafeEqual(given, expected) && match !== null;
}
