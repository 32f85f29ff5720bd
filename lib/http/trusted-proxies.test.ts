import { describe, expect, it } from 'vitest';

import { clientOrigin, normalizeAddress, parseTrustedProxies } from './trusted-proxies';

describe('TRUSTED_PROXIES', () => {
  it('trusts no one when unset: forwarded headers are ignored', () => {
    const none = parseTrustedProxies(undefined);
    expect(clientOrigin(none, '203.0.113.9', '1.2.3.4', '5.6.7.8')).toEqual({ address: '203.0.113.9', peerTrusted: false });
    expect(clientOrigin(none, '127.0.0.1', '1.2.3.4')).toEqual({ address: '127.0.0.1', peerTrusted: false });
  });

  it('walks X-Forwarded-For from the right while each hop is a trusted proxy', () => {
    const trust = parseTrustedProxies('loopback,10.0.0.0/8');
    // client → 10.1.1.1 (LB) → 127.0.0.1 (local nginx) → us
    expect(clientOrigin(trust, '127.0.0.1', '198.51.100.7, 10.1.1.1')).toEqual({ address: '198.51.100.7', peerTrusted: true });
    // a forged entry at the far left is never reached: 198.51.100.7 is not a proxy
    expect(clientOrigin(trust, '127.0.0.1', '6.6.6.6, 198.51.100.7, 10.1.1.1').address).toBe('198.51.100.7');
    // a direct caller that forges the header is seen as itself
    expect(clientOrigin(trust, '198.51.100.7', '127.0.0.1').address).toBe('198.51.100.7');
  });

  it('counts hops when given a number', () => {
    const trust = parseTrustedProxies('1');
    expect(clientOrigin(trust, '172.20.0.5', '6.6.6.6, 198.51.100.7').address).toBe('198.51.100.7');
    expect(clientOrigin(parseTrustedProxies('2'), '172.20.0.5', '6.6.6.6, 198.51.100.7').address).toBe('6.6.6.6');
  });

  it('believes X-Real-IP only from a trusted peer without X-Forwarded-For', () => {
    const trust = parseTrustedProxies('loopback');
    expect(clientOrigin(trust, '::1', undefined, '198.51.100.7').address).toBe('198.51.100.7');
    expect(clientOrigin(trust, '198.51.100.9', undefined, '1.1.1.1').address).toBe('198.51.100.9');
  });

  it('stops at a malformed entry instead of taking it', () => {
    const trust = parseTrustedProxies('loopback');
    expect(clientOrigin(trust, '127.0.0.1', 'evil, <script>').address).toBe('127.0.0.1');
  });

  it('reads IPv4-mapped IPv6 as IPv4 and refuses a bad setting with a reason', () => {
    expect(normalizeAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(clientOrigin(parseTrustedProxies('private'), '::ffff:10.0.0.2', '198.51.100.7').address).toBe('198.51.100.7');
    expect(() => parseTrustedProxies('example.com')).toThrow(/not loopback, private/);
    expect(() => parseTrustedProxies('10.0.0.0/40')).toThrow(/prefix/);
    expect(() => parseTrustedProxies('0')).toThrow(/hop count/);
  });
});
