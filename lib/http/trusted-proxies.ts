import { BlockList, isIP } from 'node:net';

/**
 * Which hops in front of the server may say who the client is (`TRUSTED_PROXIES`). Unset, no
 * one may: the client is the socket's peer, and X-Forwarded-For / X-Real-IP are ignored, so a
 * caller cannot dodge the per-address sign-in limit, lock others out or forge the audit trail.
 *
 * - a list of `loopback`, `private` (RFC 1918 and fc00::/7), `linklocal`, IP addresses and CIDR
 *   ranges: proxies at those addresses are believed, hop by hop from the socket outwards;
 * - a number N: the N hops nearest the server are proxies, whatever their address.
 */
export type TrustedProxies = { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'list'; list: BlockList };

const NAMED: Record<string, [string, number, 'ipv4' | 'ipv6'][]> = {
  loopback: [['127.0.0.0', 8, 'ipv4'], ['::1', 128, 'ipv6']],
  private: [['10.0.0.0', 8, 'ipv4'], ['172.16.0.0', 12, 'ipv4'], ['192.168.0.0', 16, 'ipv4'], ['fc00::', 7, 'ipv6']],
  linklocal: [['169.254.0.0', 16, 'ipv4'], ['fe80::', 10, 'ipv6']],
};

/** Parse the setting; throws an Error whose message says what is wrong, for the env check. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const text = (value ?? '').trim();
  if (text === '') return { kind: 'none' };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops < 1 || hops > 10) throw new Error('a hop count must be from 1 to 10');
    return { kind: 'hops', hops };
  }
  const list = new BlockList();
  for (const entry of text.split(',').map((part) => part.trim()).filter(Boolean)) {
    const named = NAMED[entry.toLowerCase()];
    if (named) {
      for (const [network, prefix, family] of named) list.addSubnet(network, prefix, family);
      continue;
    }
    const [address = '', prefixText] = entry.split('/');
    const family = isIP(address);
    if (family === 0) throw new Error(`"${entry}" is not loopback, private, linklocal, an IP address or a CIDR range`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefixText === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const prefix = Number(prefixText);
    if (!/^\d+$/.test(prefixText) || prefix > (family === 4 ? 32 : 128)) throw new Error(`"${entry}" has an invalid prefix length`);
    list.addSubnet(address, prefix, type);
  }
  return { kind: 'list', list };
}

/** An IP address as written for people: IPv4-mapped IPv6 (::ffff:10.0.0.1) as plain IPv4; null if not an address. */
export function normalizeAddress(value: string | undefined): string | null {
  const text = (value ?? '').trim().replace(/^\[(.*)\]$/, '$1');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(text);
  const address = mapped?.[1] ?? text;
  return isIP(address) === 0 ? null : address;
}

function trusts(trust: TrustedProxies, address: string, hop: number): boolean {
  if (trust.kind === 'none') return false;
  if (trust.kind === 'hops') return hop < trust.hops;
  return trust.list.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6');
}

export interface ClientOrigin {
  /** The client's address as far as the trusted hops let us see; null when the socket has none. */
  address: string | null;
  /** Whether the socket's peer is a trusted proxy (then its X-Forwarded-Proto is believed too). */
  peerTrusted: boolean;
}

/**
 * The client's address: start at the socket's peer and, while the hop we stand on is trusted,
 * step to the address it says it saw (the next X-Forwarded-For entry from the right). A
 * malformed entry ends the walk at the last address known to be real. X-Real-IP is believed
 * only from a trusted peer that sent no X-Forwarded-For.
 */
export function clientOrigin(trust: TrustedProxies, socket: string | undefined, forwardedFor?: string, realIp?: string): ClientOrigin {
  const peer = normalizeAddress(socket);
  if (!peer) return { address: null, peerTrusted: false };
  const peerTrusted = trusts(trust, peer, 0);
  if (!peerTrusted) return { address: peer, peerTrusted };
  const forwarded = (forwardedFor ?? '').split(',').map((part) => part.trim()).filter(Boolean).reverse();
  if (forwarded.length === 0) return { address: normalizeAddress(realIp) ?? peer, peerTrusted };
  let current = peer;
  for (let hop = 0; hop < forwarded.length; hop += 1) {
    if (!trusts(trust, current, hop)) break;
    const next = normalizeAddress(forwarded[hop]);
    if (!next) break;
    current = next;
  }
  return { address: current, peerTrusted };
}
