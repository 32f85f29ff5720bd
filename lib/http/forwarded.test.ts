import { describe, expect, it } from 'vitest';

import { CLIENT_ADDRESS_HEADER, EDGE_KEY_HEADER, rewriteForwarding, trustedClientAddress } from './forwarded';
import { parseTrustedProxies } from './trusted-proxies';

describe('rewriteForwarding', () => {
  it('drops what an untrusted caller says about itself and keeps the socket address', () => {
    const headers: Record<string, string | string[] | undefined> = {
      'x-forwarded-for': '1.2.3.4',
      'x-real-ip': '5.6.7.8',
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
      [CLIENT_ADDRESS_HEADER]: '9.9.9.9',
      [EDGE_KEY_HEADER]: 'guess',
    };
    rewriteForwarding(headers, { remoteAddress: '203.0.113.5' }, parseTrustedProxies(''), 'key');
    expect(headers).toEqual({ 'x-forwarded-for': '203.0.113.5', [CLIENT_ADDRESS_HEADER]: '203.0.113.5', [EDGE_KEY_HEADER]: 'key' });
  });

  it('believes a trusted proxy, Host and Proto included', () => {
    const headers: Record<string, string | string[] | undefined> = { 'x-forwarded-for': '198.51.100.7', 'x-forwarded-host': 'deck.example.com', 'x-forwarded-proto': 'https' };
    rewriteForwarding(headers, { remoteAddress: '::ffff:127.0.0.1' }, parseTrustedProxies('loopback'), 'key');
    expect(headers).toMatchObject({ [CLIENT_ADDRESS_HEADER]: '198.51.100.7', 'x-forwarded-host': 'deck.example.com', 'x-forwarded-proto': 'https' });
  });
});

describe('trustedClientAddress', () => {
  const request = (values: Record<string, string>) => (name: string) => values[name] ?? null;
  it('reads the address only from a request that came through our server', () => {
    expect(trustedClientAddress(request({ [EDGE_KEY_HEADER]: 'key', [CLIENT_ADDRESS_HEADER]: '198.51.100.7' }), 'key')).toBe('198.51.100.7');
    expect(trustedClientAddress(request({ [EDGE_KEY_HEADER]: 'nope', [CLIENT_ADDRESS_HEADER]: '6.6.6.6' }), 'key')).toBeNull();
    expect(trustedClientAddress(request({ [CLIENT_ADDRESS_HEADER]: '6.6.6.6' }), undefined)).toBeNull();
  });
});
