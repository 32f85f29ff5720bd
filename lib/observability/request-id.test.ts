import { describe, expect, it } from 'vitest';

import { EDGE_KEY_HEADER } from '@/lib/http/forwarded';

import { settleRequestId, requestIdOf } from './request-id';

/** Which X-Request-Id our server keeps: a trusted proxy's well-formed one, never a client's. */
describe('settleRequestId', () => {
  it('keeps a trusted proxy’s ID and hands it on', () => {
    const headers = { 'x-request-id': 'edge-4f1c9a0b2d' };
    expect(settleRequestId(headers, true)).toBe('edge-4f1c9a0b2d');
    expect(headers['x-request-id']).toBe('edge-4f1c9a0b2d');
  });

  it('replaces an ID from a peer it does not trust', () => {
    const headers: Record<string, string> = { 'x-request-id': 'client-chosen-12345' };
    const id = settleRequestId(headers, false);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(headers['x-request-id']).toBe(id);
  });

  it('replaces a trusted proxy’s ID that is not an ID (log injection, too short, too long)', () => {
    for (const sent of ['abc\n{"level":"error"}', 'short', 'x'.repeat(129), 'has space 12345']) {
      expect(settleRequestId({ 'x-request-id': sent }, true), JSON.stringify(sent)).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('makes one when none came', () => {
    expect(settleRequestId({}, true)).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('requestIdOf', () => {
  const read = (headers: Record<string, string>) => (name: string) => headers[name] ?? null;

  it('believes the header only behind our server (the edge key matches)', () => {
    expect(requestIdOf(read({ 'x-request-id': 'edge-4f1c9a0b2d', [EDGE_KEY_HEADER]: 'k1' }), 'k1')).toBe('edge-4f1c9a0b2d');
    expect(requestIdOf(read({ 'x-request-id': 'edge-4f1c9a0b2d', [EDGE_KEY_HEADER]: 'forged' }), 'k1')).not.toBe('edge-4f1c9a0b2d');
    expect(requestIdOf(read({ 'x-request-id': 'edge-4f1c9a0b2d' }), undefined)).not.toBe('edge-4f1c9a0b2d');
  });
});
