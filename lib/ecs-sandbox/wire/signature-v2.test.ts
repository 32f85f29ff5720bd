import { describe, expect, it } from 'vitest';
import type { ParamPair } from './percent-encoding';
import { signV2, v2StringToSign } from './signature-v2';

// Reference §1a: the official "fixed parameter values" vector, verified byte-exact.
const official: ParamPair[] = [
  ['AccessKeyId', 'testid'],
  ['Action', 'DescribeDedicatedHosts'],
  ['Format', 'JSON'],
  ['RegionId', 'cn-beijing'],
  ['SignatureMethod', 'HMAC-SHA1'],
  ['SignatureNonce', 'edb2b34af0af9a6d14deaf7c1a5315eb'],
  ['SignatureVersion', '1.0'],
  ['Timestamp', '2023-03-13T08:34:30Z'],
  ['Version', '2014-05-26'],
];

// Reference §1a: the self-computed extra vector (repeat lists, JSON, cron characters).
const extra: ParamPair[] = [
  ['AccessKeyId', 'testid'],
  ['Action', 'InvokeCommand'],
  ['CommandId', 'c-abc'],
  ['Format', 'JSON'],
  ['Frequency', '0 */20 * * * ? UTC'],
  ['InstanceId.1', 'i-1'],
  ['InstanceId.2', 'i-2'],
  ['Parameters', '{"name":"Jack"}'],
  ['RegionId', 'cn-hangzhou'],
  ['SignatureMethod', 'HMAC-SHA1'],
  ['SignatureNonce', '0123456789abcdef'],
  ['SignatureVersion', '1.0'],
  ['Timestamp', '2024-01-01T00:00:00Z'],
  ['Version', '2014-05-26'],
];

describe('V2 HMAC-SHA1 signature', () => {
  it('builds the documented string to sign for the official GET vector', () => {
    expect(v2StringToSign('GET', official)).toBe(
      'GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeDedicatedHosts%26Format%3DJSON%26RegionId%3Dcn-beijing%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3Dedb2b34af0af9a6d14deaf7c1a5315eb%26SignatureVersion%3D1.0%26Timestamp%3D2023-03-13T08%253A34%253A30Z%26Version%3D2014-05-26',
    );
  });

  it('signs the official vector with GET and POST', () => {
    expect(signV2(v2StringToSign('GET', official), 'testsecret')).toBe('9NaGiOspFP5UPcwX8Iwt2YJXXuk=');
    expect(signV2(v2StringToSign('POST', official), 'testsecret')).toBe('ZvQ9xGiFnquSJRvj+WE6kdSpTwU=');
  });

  it('signs the extra InvokeCommand vector with GET and POST', () => {
    expect(signV2(v2StringToSign('GET', extra), 'testsecret')).toBe('iVFGqk/+q4BFWiqjeOxEAL0taAM=');
    expect(signV2(v2StringToSign('POST', extra), 'testsecret')).toBe('MA6juMEVJiC+TeaE2JtuvEC+JEg=');
  });

  it('ignores a Signature parameter and the order parameters arrive in', () => {
    const shuffled: ParamPair[] = [...official].reverse();
    shuffled.push(['Signature', 'whatever']);
    expect(signV2(v2StringToSign('get', shuffled), 'testsecret')).toBe('9NaGiOspFP5UPcwX8Iwt2YJXXuk=');
  });

  it('gives a different signature for another secret', () => {
    expect(signV2(v2StringToSign('GET', official), 'other')).not.toBe('9NaGiOspFP5UPcwX8Iwt2YJXXuk=');
  });
});
