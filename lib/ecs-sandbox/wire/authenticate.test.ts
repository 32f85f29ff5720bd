import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { authenticate, type AuthDeps } from './authenticate';
import { NonceStore } from './nonce-store';
import type { ParsedRequest } from './parse-request';
import type { ParamPair } from './percent-encoding';
import { EMPTY_BODY_SHA256, sha256Hex, signV3, v3CanonicalRequest, v3StringToSign } from './signature-v3';

const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);
const deps = (): AuthDeps => ({ credentials: { accessKeyId: 'ak', accessKeySecret: 'sk' }, nonces: new NonceStore(), wallClockMs: () => NOW });

/** A V3 request signed by our own (vector-checked) signer, over the given signed headers. */
function v3Request(options: { date?: string; nonce?: string; body?: string; signed?: string[]; secret?: string; query?: ParamPair[] } = {}): ParsedRequest {
  const body = Buffer.from(options.body ?? '');
  const headers: Record<string, string[]> = {
    host: ['127.0.0.1:8787'],
    'x-acs-action': ['DescribeRegions'],
    'x-acs-version': ['2014-05-26'],
    'x-acs-date': [options.date ?? '2026-01-01T12:00:00Z'],
    'x-acs-signature-nonce': [options.nonce ?? 'n-1'],
    'x-acs-content-sha256': [body.length ? sha256Hex(body) : EMPTY_BODY_SHA256],
    'content-type': ['application/x-www-form-urlencoded'],
  };
  const signed = options.signed ?? ['host', 'x-acs-action', 'x-acs-content-sha256', 'x-acs-date', 'x-acs-signature-nonce', 'x-acs-version'];
  const query = options.query ?? [['RegionId', 'cn-shanghai']];
  const canonical = v3CanonicalRequest({ method: 'POST', path: '/', query, headers, signedHeaders: signed, hashedPayload: headers['x-acs-content-sha256']?.[0] ?? '' });
  const signature = signV3(v3StringToSign(canonical), options.secret ?? 'sk');
  headers.authorization = [`ACS3-HMAC-SHA256 Credential=ak,SignedHeaders=${signed.join(';')},Signature=${signature}`];
  return { method: 'POST', path: '/', query, form: [], headers, body, remoteAddress: '127.0.0.1' };
}

function code(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return `${error.code} ${error.status}`;
    throw error;
  }
  return 'OK';
}

describe('V3 verification', () => {
  it('accepts any SignedHeaders set, including content-type and a minimal one', () => {
    const d = deps();
    expect(authenticate(v3Request({ signed: ['content-type', 'host', 'x-acs-action', 'x-acs-date'] }), d).action).toBe('DescribeRegions');
    expect(authenticate(v3Request({ nonce: 'n-2', signed: ['x-acs-date'] }), d).params.get('RegionId')).toBe('cn-shanghai');
  });

  it('refuses a stale x-acs-date, a reused nonce, a wrong secret and a body that does not match its hash', () => {
    const d = deps();
    expect(code(() => authenticate(v3Request({ date: '2026-01-01T11:44:00Z' }), d))).toBe('InvalidTimeStamp.Expired 400');
    expect(code(() => authenticate(v3Request({ date: '2026-01-01 12:00:00' }), d))).toBe('InvalidTimeStamp.Format 400');
    expect(code(() => authenticate(v3Request({ nonce: 'same' }), d))).toBe('OK');
    expect(code(() => authenticate(v3Request({ nonce: 'same' }), d))).toBe('SignatureNonceUsed 400');
    expect(code(() => authenticate(v3Request({ nonce: 'n-9', secret: 'other' }), d))).toBe('SignatureDoesNotMatch 400');
    const tampered = v3Request({ nonce: 'n-10', body: 'RegionId=cn-shanghai' });
    tampered.body = Buffer.from('RegionId=cn-beijing');
    expect(code(() => authenticate(tampered, d))).toBe('SignatureDoesNotMatch 400');
  });

  it('takes form-body parameters of a V3 request as operation parameters', () => {
    const request = v3Request({ body: 'Name=a+b', query: [] });
    request.form = [['Name', 'a b']];
    expect(authenticate(request, deps()).params.get('Name')).toBe('a b');
  });

  it('refuses a malformed Authorization header and an unsigned request', () => {
    const request = v3Request();
    request.headers.authorization = ['ACS3-HMAC-SHA256 Credential=ak'];
    expect(code(() => authenticate(request, deps()))).toBe('IncompleteSignature 400');
    request.headers.authorization = ['ACS3-RSA-SHA256 Credential=ak,SignedHeaders=host,Signature=x'];
    expect(code(() => authenticate(request, deps()))).toBe('InvalidSignatureMethod 400');
    delete request.headers.authorization;
    expect(code(() => authenticate(request, deps()))).toBe('MissingParameter 400');
  });
});
