import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '@/lib/invoke/limits';
import { ecsEndpoint, formatHttpRequest, toHttpRequest } from '@/lib/invoke/http-request';
import { buildInvokeRequests } from '@/lib/invoke/request';
import { createInvokeSchema } from '@/lib/invoke/schema';
import { shellCommand, testContext } from '@/lib/invoke/test-fixtures';
import { validDraft } from '@/lib/invoke/test-issues';

const SECRET = 'tok-9f8e7d6c';

function maskedRequest(regionId = 'cn-shanghai') {
  const command = shellCommand({ content: 'echo {{name}} {{token}}', parameterNames: ['name', 'token'] });
  const draft = validDraft({
    regionId,
    repeatMode: 'Period',
    frequency: '0 */20 * * * ? UTC',
    parameters: [
      { name: 'name', value: 'Jack', secret: false },
      { name: 'token', value: SECRET, secret: true },
    ],
  });
  const valid = createInvokeSchema(testContext({ command })).parse(draft);
  const [batch] = buildInvokeRequests(valid, command, 'launch-1', DEFAULT_LIMITS);
  if (!batch) throw new Error('no batch');
  return batch.masked;
}

describe('toHttpRequest', () => {
  it('posts to the regional endpoint with every parameter in the query', () => {
    const preview = toHttpRequest(maskedRequest());
    expect(preview.method).toBe('POST');
    expect(preview.host).toBe('ecs.cn-shanghai.aliyuncs.com');
    expect(preview.query.map(([name]) => name)).toEqual([
      'RegionId', 'CommandId', 'InstanceId.1', 'InstanceId.2', 'RepeatMode', 'Timed', 'Frequency', 'Parameters', 'ClientToken',
    ]);
    expect(preview.url).toContain('&Frequency=0%20*%2F20%20*%20*%20*%20%3F%20UTC&');
    expect(preview.url).toContain('&Parameters=%7B%22name%22%3A%22Jack%22%2C%22token%22%3A%22******%22%7D&');
    expect(preview.body).toBe('');
  });

  it('shows the V3 signature headers with the signature masked', () => {
    const headers = new Map(toHttpRequest(maskedRequest()).headers);
    expect(headers.get('x-acs-action')).toBe('InvokeCommand');
    expect(headers.get('x-acs-version')).toBe('2014-05-26');
    expect(headers.get('authorization')).toBe(
      'ACS3-HMAC-SHA256 Credential=<AccessKeyId>,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=<signature>',
    );
  });

  it('uses the SDK’s endpoint for cn-hangzhou, or the one given', () => {
    expect(ecsEndpoint('cn-hangzhou')).toBe('ecs-cn-hangzhou.aliyuncs.com');
    const sandbox = toHttpRequest(maskedRequest(), { endpoint: '127.0.0.1:8787', protocol: 'http' });
    expect(sandbox.url.startsWith('http://127.0.0.1:8787/?RegionId=cn-shanghai&')).toBe(true);
  });

  it('never contains a secret value, as data or as text', () => {
    const preview = toHttpRequest(maskedRequest());
    expect(JSON.stringify(preview)).not.toContain(SECRET);
    expect(formatHttpRequest(preview)).not.toContain(SECRET);
  });
});

describe('formatHttpRequest', () => {
  it('writes an HTTP/1.1 message with the path and query as the target', () => {
    const text = formatHttpRequest(toHttpRequest(maskedRequest()));
    expect(text.split('\n')[0]).toMatch(/^POST \/\?RegionId=cn-shanghai&CommandId=c-patch&.* HTTP\/1\.1$/);
    expect(text).toContain('\nhost: ecs.cn-shanghai.aliyuncs.com\n');
  });
});
