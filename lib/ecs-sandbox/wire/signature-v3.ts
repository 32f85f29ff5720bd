import { createHash, createHmac } from 'node:crypto';
import { canonicalQuery, percentEncode, type ParamPair } from './percent-encoding';

export const V3_ALGORITHM = 'ACS3-HMAC-SHA256';
export const EMPTY_BODY_SHA256 = createHash('sha256').update('').digest('hex');

export interface V3CanonicalInput {
  method: string;
  /** The request path, decoded; `/` for RPC-style APIs such as ECS. */
  path: string;
  query: ReadonlyArray<ParamPair>;
  /** Header values by lowercase name; a repeated header has several values. */
  headers: Readonly<Record<string, ReadonlyArray<string>>>;
  /** Lowercase names, as listed in the Authorization header. */
  signedHeaders: ReadonlyArray<string>;
  /** The `x-acs-content-sha256` value. */
  hashedPayload: string;
}

/** Pure V3 canonical request: the signer and the verifier must agree on every byte. */
export function v3CanonicalRequest(input: V3CanonicalInput): string {
  const names = [...input.signedHeaders].map((name) => name.toLowerCase()).sort();
  const canonicalHeaders = names
    .map((name) => {
      const values = (input.headers[name] ?? []).map((value) => value.trim()).sort();
      return `${name}:${values.join(',')}\n`;
    })
    .join('');
  const canonicalUri = input.path
    .split('/')
    .map((segment) => percentEncode(segment))
    .join('/');
  return [
    input.method.toUpperCase(),
    canonicalUri || '/',
    canonicalQuery(input.query),
    canonicalHeaders,
    names.join(';'),
    input.hashedPayload,
  ].join('\n');
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export function v3StringToSign(canonicalRequest: string): string {
  return `${V3_ALGORITHM}\n${sha256Hex(canonicalRequest)}`;
}

/** Lowercase hex HMAC-SHA256 keyed with the raw secret (no `&`, unlike V2). */
export function signV3(stringToSign: string, accessKeySecret: string): string {
  return createHmac('sha256', accessKeySecret).update(stringToSign, 'utf8').digest('hex');
}

export interface V3Authorization {
  algorithm: string;
  accessKeyId: string;
  signedHeaders: string[];
  signature: string;
}

/**
 * Parse `ACS3-HMAC-SHA256 Credential=…,SignedHeaders=…,Signature=…`. Tolerates spaces
 * after the commas (other signers add them); returns null when a part is missing.
 */
export function parseV3Authorization(header: string): V3Authorization | null {
  const match = /^(\S+)\s+(.*)$/.exec(header.trim());
  if (!match) return null;
  const [, algorithm = '', rest = ''] = match;
  const fields = new Map<string, string>();
  for (const part of rest.split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const accessKeyId = fields.get('Credential');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (!accessKeyId || !signedHeaders || !signature) return null;
  return {
    algorithm,
    accessKeyId,
    signedHeaders: signedHeaders.split(';').map((name) => name.trim().toLowerCase()).filter(Boolean),
    signature,
  };
}
