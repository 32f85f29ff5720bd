import { timingSafeEqual } from 'node:crypto';
import { ApiError, platformErrors } from './api-error';
import type { NonceStore } from './nonce-store';
import { allParams, firstHeader, type ParsedRequest } from './parse-request';
import type { ParamPair } from './percent-encoding';
import { signV2, v2StringToSign } from './signature-v2';
import { parseV3Authorization, sha256Hex, signV3, V3_ALGORITHM, v3CanonicalRequest, v3StringToSign } from './signature-v3';

export interface SandboxCredentials {
  accessKeyId: string;
  accessKeySecret: string;
  /** When set, the key pair is an STS credential: every request must carry this token. */
  securityToken?: string;
}

export interface AuthenticatedCall {
  style: 'v2' | 'v3';
  accessKeyId: string;
  action: string;
  version: string;
  /** Operation parameters: the common signature parameters removed. */
  params: Map<string, string>;
}

export interface AuthDeps {
  credentials: SandboxCredentials;
  nonces: NonceStore;
  /** The real wall clock: clients sign with theirs, whatever the simulation clock says. */
  wallClockMs: () => number;
}

const WINDOW_MS = 15 * 60 * 1000;
const COMMON_PARAMS = new Set([
  'AccessKeyId', 'Action', 'Format', 'SignatureMethod', 'SignatureNonce', 'SignatureVersion', 'SignatureType',
  'Timestamp', 'Signature', 'SecurityToken', 'Version',
]);

/** Verify a request signed with either version; throws the ApiError the live gateway would. */
export function authenticate(request: ParsedRequest, deps: AuthDeps): AuthenticatedCall {
  const authorization = firstHeader(request, 'authorization');
  if (authorization?.trim().startsWith('ACS3-')) return authenticateV3(request, authorization, deps);
  const pairs = allParams(request);
  if (pairs.some(([name]) => name === 'Signature')) return authenticateV2(request, pairs, deps);
  if (authorization) throw platformErrors.incompleteSignature('The Authorization header is not an ACS3 signature.');
  throw platformErrors.missingParameter('Signature');
}

function authenticateV2(request: ParsedRequest, pairs: ParamPair[], deps: AuthDeps): AuthenticatedCall {
  const get = (name: string) => pairs.find(([key]) => key === name)?.[1];
  const require = (name: string) => {
    const value = get(name);
    if (value === undefined || value === '') throw platformErrors.missingParameter(name);
    return value;
  };
  const method = get('SignatureMethod') ?? 'HMAC-SHA1';
  if (method !== 'HMAC-SHA1') throw platformErrors.signatureMethod(method);
  const accessKeyId = require('AccessKeyId');
  checkAccessKey(accessKeyId, deps);
  const timestamp = require('Timestamp');
  checkTimestamp(timestamp, deps);
  const nonce = require('SignatureNonce');
  const stringToSign = v2StringToSign(request.method, pairs);
  const expected = signV2(stringToSign, deps.credentials.accessKeySecret);
  if (!sameText(expected, get('Signature') ?? '')) throw platformErrors.signatureMismatch(stringToSign);
  checkSecurityToken(get('SecurityToken'), deps);
  if (!deps.nonces.remember(accessKeyId, nonce, deps.wallClockMs())) throw platformErrors.nonceUsed();
  return {
    style: 'v2',
    accessKeyId,
    action: require('Action'),
    version: require('Version'),
    params: operationParams(pairs),
  };
}

function authenticateV3(request: ParsedRequest, header: string, deps: AuthDeps): AuthenticatedCall {
  const auth = parseV3Authorization(header);
  if (!auth) throw platformErrors.incompleteSignature('Expected "ACS3-HMAC-SHA256 Credential=…,SignedHeaders=…,Signature=…".');
  if (auth.algorithm !== V3_ALGORITHM) throw platformErrors.signatureMethod(auth.algorithm);
  checkAccessKey(auth.accessKeyId, deps);
  const headerValue = (name: string) => {
    const value = firstHeader(request, name);
    if (value === undefined || value === '') throw platformErrors.missingParameter(name);
    return value;
  };
  const date = headerValue('x-acs-date');
  checkTimestamp(date, deps);
  const nonce = headerValue('x-acs-signature-nonce');
  const hashedPayload = firstHeader(request, 'x-acs-content-sha256') ?? sha256Hex(request.body);
  const canonical = v3CanonicalRequest({
    method: request.method,
    path: request.path,
    query: request.query,
    headers: request.headers,
    signedHeaders: auth.signedHeaders,
    hashedPayload,
  });
  const stringToSign = v3StringToSign(canonical);
  if (!sameText(signV3(stringToSign, deps.credentials.accessKeySecret), auth.signature.toLowerCase())) {
    throw platformErrors.signatureMismatch(stringToSign);
  }
  if (hashedPayload !== sha256Hex(request.body)) {
    throw new ApiError('SignatureDoesNotMatch', 400, 'The x-acs-content-sha256 header does not match the SHA-256 of the body.');
  }
  checkSecurityToken(firstHeader(request, 'x-acs-security-token'), deps);
  if (!deps.nonces.remember(auth.accessKeyId, nonce, deps.wallClockMs())) throw platformErrors.nonceUsed();
  return {
    style: 'v3',
    accessKeyId: auth.accessKeyId,
    action: headerValue('x-acs-action'),
    version: headerValue('x-acs-version'),
    params: operationParams(allParams(request)),
  };
}

function checkAccessKey(accessKeyId: string, deps: AuthDeps): void {
  if (accessKeyId !== deps.credentials.accessKeyId) throw platformErrors.accessKeyNotFound();
}

const TIMESTAMP = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d{1,3})?Z$/;

function checkTimestamp(value: string, deps: AuthDeps): void {
  if (!TIMESTAMP.test(value)) throw platformErrors.timestampFormat(value);
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw platformErrors.timestampFormat(value);
  if (Math.abs(time - deps.wallClockMs()) > WINDOW_MS) throw platformErrors.timestampExpired(value);
}

function checkSecurityToken(sent: string | undefined, deps: AuthDeps): void {
  const expected = deps.credentials.securityToken;
  if (expected === undefined) {
    if (sent) throw platformErrors.securityToken('This access key is not an STS credential; do not send a token.');
    return;
  }
  if (!sent) throw platformErrors.missingParameter('SecurityToken');
  if (!sameText(sent, expected)) throw platformErrors.securityToken('The token does not belong to this access key.');
}

function operationParams(pairs: ParamPair[]): Map<string, string> {
  const params = new Map<string, string>();
  for (const [name, value] of pairs) if (!COMMON_PARAMS.has(name)) params.set(name, value);
  return params;
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
