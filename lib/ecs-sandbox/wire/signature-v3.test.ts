import { describe, expect, it } from 'vitest';
import type { ParamPair } from './percent-encoding';
import {
  EMPTY_BODY_SHA256,
  parseV3Authorization,
  sha256Hex,
  signV3,
  v3CanonicalRequest,
  v3StringToSign,
} from './signature-v3';

const SIGNED = ['host', 'x-acs-action', 'x-acs-content-sha256', 'x-acs-date', 'x-acs-signature-nonce', 'x-acs-version'];

function officialRequest(date: string, nonce: string) {
  return v3CanonicalRequest({
    method: 'POST',
    path: '/',
    query: [
      ['ImageId', 'win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd'],
      ['RegionId', 'cn-shanghai'],
    ],
    headers: {
      host: ['ecs.cn-shanghai.aliyuncs.com'],
      'x-acs-action': ['RunInstances'],
      'x-acs-version': ['2014-05-26'],
      'x-acs-date': [date],
      'x-acs-signature-nonce': [nonce],
      'x-acs-content-sha256': [EMPTY_BODY_SHA256],
    },
    signedHeaders: SIGNED,
    hashedPayload: EMPTY_BODY_SHA256,
  });
}

describe('V3 ACS3-HMAC-SHA256 signature', () => {
  it('knows the hash of an empty body', () => {
    expect(EMPTY_BODY_SHA256).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('reproduces the official vector (10:22:32Z with nonce 3156…)', () => {
    const canonical = officialRequest('2023-10-26T10:22:32Z', '3156853299f313e23d1673dc12e1703d');
    expect(sha256Hex(canonical)).toBe('7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259');
    expect(signV3(v3StringToSign(canonical), 'YourAccessKeySecret')).toBe(
      '06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0',
    );
  });

  it('reproduces the other official pairing (09:01:01Z with nonce d410…)', () => {
    const canonical = officialRequest('2023-10-26T09:01:01Z', 'd410180a5abf7fe235dd9b74aca91fc0');
    expect(signV3(v3StringToSign(canonical), 'YourAccessKeySecret')).toBe(
      'e521358f7776c97df52e6b2891a8bc73026794a071b50c3323388c4e0df64804',
    );
  });

  it('reproduces the self-computed InvokeCommand vector', () => {
    const query: ParamPair[] = [
      ['CommandId', 'c-abc'],
      ['Frequency', '0 */20 * * * ? UTC'],
      ['InstanceId.1', 'i-1'],
      ['InstanceId.2', 'i-2'],
      ['Parameters', '{"name":"Jack"}'],
      ['RegionId', 'cn-hangzhou'],
    ];
    const canonical = v3CanonicalRequest({
      method: 'POST',
      path: '/',
      query,
      headers: {
        host: ['ecs.cn-hangzhou.aliyuncs.com'],
        'x-acs-action': ['InvokeCommand'],
        'x-acs-version': ['2014-05-26'],
        'x-acs-date': ['2024-01-01T00:00:00Z'],
        'x-acs-signature-nonce': ['0123456789abcdef'],
        'x-acs-content-sha256': [EMPTY_BODY_SHA256],
      },
      signedHeaders: SIGNED,
      hashedPayload: EMPTY_BODY_SHA256,
    });
    expect(canonical.split('\n')[2]).toBe(
      'CommandId=c-abc&Frequency=0%20%2A%2F20%20%2A%20%2A%20%2A%20%3F%20UTC&InstanceId.1=i-1&InstanceId.2=i-2&Parameters=%7B%22name%22%3A%22Jack%22%7D&RegionId=cn-hangzhou',
    );
    expect(sha256Hex(canonical)).toBe('70e9478a8df8bde083ce65bbc72fd509579d003be18c95b1c23ffab4dc624216');
    expect(signV3(v3StringToSign(canonical), 'testsecret')).toBe(
      '05cc4b7a57cd583694f8d5d15ecf52e18553c646f890688462228283f4a8ce72',
    );
  });

  it('sorts, trims and comma-joins the values of a repeated header', () => {
    const canonical = v3CanonicalRequest({
      method: 'POST',
      path: '/',
      query: [],
      headers: { 'x-acs-b': [' two ', 'one'], host: ['h'] },
      signedHeaders: ['x-acs-b', 'host'],
      hashedPayload: EMPTY_BODY_SHA256,
    });
    expect(canonical).toBe(`POST\n/\n\nhost:h\nx-acs-b:one,two\n\nhost;x-acs-b\n${EMPTY_BODY_SHA256}`);
  });

  it('parses an Authorization header, with or without spaces after commas', () => {
    expect(parseV3Authorization('ACS3-HMAC-SHA256 Credential=ak,SignedHeaders=host;x-acs-date,Signature=abc')).toEqual({
      algorithm: 'ACS3-HMAC-SHA256',
      accessKeyId: 'ak',
      signedHeaders: ['host', 'x-acs-date'],
      signature: 'abc',
    });
    expect(parseV3Authorization('ACS3-HMAC-SHA256 Credential=ak, SignedHeaders=host, Signature=abc')?.signature).toBe('abc');
    expect(parseV3Authorization('ACS3-HMAC-SHA256 Credential=ak')).toBeNull();
  });
});
