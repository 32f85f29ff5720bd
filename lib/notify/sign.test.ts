import { describe, expect, it } from 'vitest';

import { dingTalkSign, larkSign, signBody, verifySignature } from './sign';

describe('the generic webhook signature', () => {
  const secret = 'whsec-0123456789abcdef';
  const body = '{"event":"launch.succeeded"}';

  it('is v1= and the hex HMAC-SHA256 of "<timestamp>.<body>"', () => {
    // Vectors from openssl: printf '<timestamp>.<body>' | openssl dgst -sha256 -hmac <secret>
    expect(signBody(secret, 1_767_225_600, body)).toBe('v1=2e0162bbdf1443b43bc58f3496187958915a190b6fbd81120f986e7204aeeb99');
  });

  it('verifies the signature it made, and refuses a changed body, another secret or an old timestamp', () => {
    const timestamp = 1_767_225_600;
    const signature = signBody(secret, timestamp, body);
    const headers = { timestamp: String(timestamp), signature };
    expect(verifySignature(secret, headers, body, timestamp + 10)).toBe(true);
    expect(verifySignature(secret, headers, `${body} `, timestamp)).toBe(false);
    expect(verifySignature('another-secret-0000', headers, body, timestamp)).toBe(false);
    expect(verifySignature(secret, headers, body, timestamp + 301)).toBe(false);
    expect(verifySignature(secret, { timestamp: 'soon', signature }, body, timestamp)).toBe(false);
    expect(verifySignature(secret, { timestamp: String(timestamp), signature: undefined }, body, timestamp)).toBe(false);
  });
});

describe('chat robots\u2019 sign schemes', () => {
  // Vectors from openssl (printf '…' | openssl dgst -sha256 -hmac <key> -binary | base64).
  it('DingTalk: base64 HMAC-SHA256 keyed with the secret over "<ms>\\n<secret>"', () => {
    expect(dingTalkSign('SECexample', 1_700_000_000_000)).toBe('uroalHrWHORz59talE1o26b8HuX2kOp8WlAN91F9Pj0=');
  });

  it('Lark: base64 HMAC-SHA256 keyed with "<s>\\n<secret>" over nothing', () => {
    expect(larkSign('example-secret', 1_700_000_000)).toBe('Gs3YRutIJpVN2FvEXKXHU6bEj2pVdSriQ0niig9EbUk=');
  });
});
