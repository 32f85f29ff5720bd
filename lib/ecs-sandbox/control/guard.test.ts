import { describe, expect, it } from 'vitest';

import type { ParsedRequest } from '../wire/parse-request';
import { checkControlAccess, hostAllowed, isLoopback, type ControlAccess } from './guard';

const TOKEN = 'a-control-token-for-tests';
const access = (overrides: Partial<ControlAccess> = {}): ControlAccess => ({ token: TOKEN, allowedHosts: new Set(['ecs-sandbox']), remoteCallers: false, ...overrides });

function request(fields: { method?: string; path?: string; headers?: Record<string, string>; remoteAddress?: string }): ParsedRequest {
  const headers = Object.fromEntries(Object.entries(fields.headers ?? { host: '127.0.0.1:8787' }).map(([name, value]) => [name, [value]]));
  return { method: fields.method ?? 'GET', path: fields.path ?? '/_sandbox', query: [], form: [], headers, body: Buffer.alloc(0), remoteAddress: fields.remoteAddress ?? '127.0.0.1' };
}

describe('hostAllowed', () => {
  it.each(['127.0.0.1', '127.0.0.1:8787', '192.168.1.20:80', '[::1]:8787', '[fe80::1]', 'localhost', 'LocalHost:3000', 'ecs-sandbox:8787', 'ECS-SANDBOX'])('takes %s', (host) => {
    expect(hostAllowed(host, new Set(['ecs-sandbox']))).toBe(true);
  });

  it.each(['evil.example', 'localhost.evil.example:8787', 'ecs-sandbox.evil.example', '::1', '[not-ip]:80', '127.1', '', 'localhost:port', undefined])('refuses %s', (host) => {
    expect(hostAllowed(host, new Set(['ecs-sandbox']))).toBe(false);
  });
});

describe('checkControlAccess', () => {
  const auth = { host: 'localhost:8787', authorization: `Bearer ${TOKEN}` };

  it('lets the right token through, and health without one', () => {
    expect(checkControlAccess(request({ headers: auth }), access())).toBeNull();
    expect(checkControlAccess(request({ headers: { ...auth, authorization: `bearer  ${TOKEN}` } }), access())).toBeNull();
    expect(checkControlAccess(request({ path: '/_sandbox/health' }), access())).toBeNull();
  });

  it('wants the token on every other endpoint and method, health included when written to', () => {
    for (const authorization of ['', TOKEN, `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(1)}`, `Basic ${TOKEN}`, `Bearer ${TOKEN} extra`]) {
      expect(checkControlAccess(request({ headers: { host: 'localhost', authorization } }), access())?.status, authorization).toBe(401);
    }
    expect(checkControlAccess(request({ method: 'POST', path: '/_sandbox/health' }), access())?.status).toBe(401);
  });

  it('refuses a preflight and a foreign Host before looking at the token', () => {
    expect(checkControlAccess(request({ method: 'OPTIONS', headers: auth }), access())?.status).toBe(405);
    expect(checkControlAccess(request({ headers: { ...auth, host: 'evil.example' } }), access())?.status).toBe(403);
  });

  it('refuses remote callers while listening on loopback; beyond it the token decides', () => {
    const remote = request({ headers: auth, remoteAddress: '10.0.0.9' });
    expect(checkControlAccess(remote, access())?.status).toBe(403);
    expect(checkControlAccess(remote, access({ remoteCallers: true }))).toBeNull();
    expect(checkControlAccess(request({ headers: { host: '10.0.0.1' }, remoteAddress: '10.0.0.9' }), access({ remoteCallers: true }))?.status).toBe(401);
  });

  it('knows loopback addresses', () => {
    expect(['127.0.0.1', '127.8.0.1', '::1', '::ffff:127.0.0.1'].map(isLoopback)).toEqual([true, true, true, true]);
    expect(['10.0.0.1', '::', '0.0.0.0', '::ffff:10.0.0.1', ''].map(isLoopback)).toEqual([false, false, false, false, false]);
  });
});
