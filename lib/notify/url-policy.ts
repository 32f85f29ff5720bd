import { BlockList, isIP } from 'node:net';

/**
 * Where webhooks may post (SSRF): https to public addresses; private, loopback and link-local
 * addresses (cloud metadata at 169.254.169.254 among them) only when WEBHOOK_ALLOW_PRIVATE_HOSTS
 * is on, and plain http only to those. Checked when saved, and again on every connection
 * against the address the name resolves to then, so a name cannot be re-pointed later.
 */
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6');
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return PRIVATE.check(address, 'ipv4');
  if (family !== 6) return false;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return PRIVATE.check(mapped[1], 'ipv4');
  return PRIVATE.check(address, 'ipv6');
}

const bare = (hostname: string) => hostname.replace(/^\[|\]$/g, '');

/** Why a URL may not be used (a sentence for the admin), or null when it may. */
export function urlProblem(text: string, allowPrivate: boolean): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'URL: not a URL.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'URL: must start with https://.';
  if (url.username || url.password) return 'URL: must not hold a user name or password.';
  const host = bare(url.hostname);
  const local = host === 'localhost' || host.endsWith('.localhost') || isPrivateAddress(host);
  if (local && !allowPrivate) return 'URL: private and loopback addresses are refused (set WEBHOOK_ALLOW_PRIVATE_HOSTS=true to allow them).';
  if (url.protocol === 'http:' && !(local && allowPrivate)) return 'URL: must use https:// (plain http only reaches private hosts, and only when WEBHOOK_ALLOW_PRIVATE_HOSTS=true).';
  return null;
}

/** Whether a connection to `address` may go ahead, for a URL of this protocol. */
export function addressProblem(address: string, protocol: string, allowPrivate: boolean): string | null {
  const local = isPrivateAddress(address);
  if (local && !allowPrivate) return 'The host resolves to a private or loopback address, which is refused.';
  if (!local && protocol === 'http:') return 'Plain http reaches private hosts only; the host resolves to a public address.';
  return null;
}

/** The URL as the admin page shows it: scheme and host; the path and query (tokens) masked. */
export function urlHint(text: string): string {
  const url = new URL(text);
  const rest = url.pathname.length > 1 || url.search ? '/…' : '';
  return `${url.protocol}//${url.host}${rest}`;
}
