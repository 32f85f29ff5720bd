import { randomUUID } from 'node:crypto';
import type { RunningSandbox } from '../server';
import { canonicalQuery, type ParamPair } from '../wire/percent-encoding';
import { signV2, v2StringToSign } from '../wire/signature-v2';

/**
 * A hand-signed V2 request (our own signer, checked against the reference vectors), for
 * what the SDKs cannot send: XML, a stale timestamp, a fixed nonce.
 */
export function signedV2Url(
  sandbox: RunningSandbox,
  method: 'GET' | 'POST',
  params: Record<string, string>,
  options: { timestamp?: Date; nonce?: string; secret?: string } = {},
): string {
  const pairs: ParamPair[] = Object.entries({
    Version: '2014-05-26',
    AccessKeyId: sandbox.accessKeyId,
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
    SignatureNonce: options.nonce ?? randomUUID(),
    Timestamp: (options.timestamp ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    ...params,
  });
  const signature = signV2(v2StringToSign(method, pairs), options.secret ?? sandbox.accessKeySecret);
  return `${sandbox.url}/?${canonicalQuery([...pairs, ['Signature', signature]])}`;
}
