import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The signatures webhooks carry. Pure: the clock is passed in, so tests hold vectors.
 *
 * Ours (generic JSON): `X-InvokeDeck-Timestamp: <unix seconds>` and
 * `X-InvokeDeck-Signature: v1=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>`, over the exact
 * bytes of the body. A receiver recomputes it, compares in constant time, and refuses a
 * timestamp more than a few minutes old so a captured request cannot be replayed.
 */
export const TIMESTAMP_HEADER = 'X-InvokeDeck-Timestamp';
export const SIGNATURE_HEADER = 'X-InvokeDeck-Signature';

export function signBody(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * What a receiver does, here so our tests (and anyone reading) verify the same way. False
 * for a wrong signature, or a timestamp further than `toleranceSeconds` from `nowSeconds`.
 */
export function verifySignature(secret: string, headers: { timestamp: string | undefined; signature: string | undefined }, body: string, nowSeconds: number, toleranceSeconds = 300): boolean {
  const timestamp = Number(headers.timestamp);
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signBody(secret, timestamp, body));
  const given = Buffer.from(headers.signature ?? '');
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * DingTalk's robot "sign" security setting: base64 of HMAC-SHA256 keyed with the secret over
 * "<timestamp ms>\n<secret>", sent URL-encoded as `timestamp` and `sign` query parameters.
 */
export function dingTalkSign(secret: string, timestampMs: number): string {
  return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`).digest('base64');
}

/**
 * Lark/Feishu's custom bot signature check: base64 of HMAC-SHA256 keyed with
 * "<timestamp s>\n<secret>" over nothing, sent in the body as `timestamp` and `sign`.
 */
export function larkSign(secret: string, timestampSeconds: number): string {
  return createHmac('sha256', `${timestampSeconds}\n${secret}`).update('').digest('base64');
}
