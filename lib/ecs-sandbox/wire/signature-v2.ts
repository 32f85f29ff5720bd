import { createHmac } from 'node:crypto';
import { canonicalQuery, percentEncode, type ParamPair } from './percent-encoding';

/**
 * RPC signature V2 (HMAC-SHA1, SignatureVersion 1.0). Pure: the caller passes every
 * parameter (query and form body merged, `Signature` removed) and the method.
 */
export function v2StringToSign(method: string, params: ReadonlyArray<ParamPair>): string {
  const withoutSignature = params.filter(([name]) => name !== 'Signature');
  return `${method.toUpperCase()}&${percentEncode('/')}&${percentEncode(canonicalQuery(withoutSignature))}`;
}

/** Base64 HMAC-SHA1 of the string to sign, keyed with `secret + "&"`. */
export function signV2(stringToSign: string, accessKeySecret: string): string {
  return createHmac('sha1', `${accessKeySecret}&`).update(stringToSign, 'utf8').digest('base64');
}
