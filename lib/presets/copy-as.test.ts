import { describe, expect, it } from 'vitest';

import { toAliyunCli } from '@/lib/invoke/cli';
import { formatHttpRequest, toHttpRequest } from '@/lib/invoke/http-request';
import { DEFAULT_LIMITS } from '@/lib/invoke/limits';
import { buildInvokeRequests, SECRET_MASK, toQueryParameters } from '@/lib/invoke/request';
import { createInvokeSchema } from '@/lib/invoke/schema';
import { linuxInstance, shellCommand, testContext } from '@/lib/invoke/test-fixtures';
import { validDraft } from '@/lib/invoke/test-issues';

import { decodeShareState, encodeShareState } from './share-state';

/**
 * Issue 6, "Copy as": a form opened from a preset or link, its secret typed again, is
 * offered as the exact request as an `aliyun` command and as an HTTP request. Both must
 * name every parameter the request sends, mask the secret and the signature.
 */
const SECRET = 'Tok-UNIQUE-4b7e-not-for-copies';
const command = shellCommand({ content: 'apt-get install {{packages}}; echo {{image_tag}} {{registry_token}}', parameterNames: ['packages', 'image_tag', 'registry_token'], parameterDefinitions: [] });
const context = testContext({ command, instances: [linuxInstance('i-1'), linuxInstance('i-2'), linuxInstance('i-3')] });

function reviewRequest() {
  const shared = validDraft({
    instanceIds: ['i-1', 'i-2', 'i-3'],
    repeatMode: 'Period',
    frequency: '0 0 2 ? * MON-FRI Asia/Shanghai',
    username: 'deploy',
    workingDir: '/srv/app',
    timeout: 300,
    parameters: [
      { name: 'packages', value: 'nginx openssl', secret: false },
      { name: 'image_tag', value: 'v1.4.2', secret: false },
      { name: 'registry_token', value: SECRET, secret: true },
    ],
  });
  const opened = decodeShareState(encodeShareState({ draft: shared, instanceFilter: null }));
  if (!opened) throw new Error('link did not decode');
  // The operator types the secret again, as the form asks.
  const typed = { ...opened.draft, parameters: opened.draft.parameters.map((entry) => (entry.secret ? { ...entry, value: SECRET } : entry)) };
  const [batch] = buildInvokeRequests(createInvokeSchema(context).parse(typed), command, 'launch-7', DEFAULT_LIMITS);
  if (!batch) throw new Error('no batch');
  return batch;
}

describe('copy as CLI and HTTP, from a shared form', () => {
  it('the CLI command names every request parameter but the ClientToken, and every command parameter, the secret as a placeholder', () => {
    const { masked, request } = reviewRequest();
    const cli = toAliyunCli(masked);
    for (const [name] of toQueryParameters(request)) {
      if (name === 'ClientToken') expect(cli).not.toContain('--ClientToken');
      else expect(cli).toContain(`--${name} `);
    }
    for (const name of ['packages', 'image_tag', 'registry_token']) expect(cli).toContain(`"${name}"`);
    expect(cli).toContain('"registry_token":"<secret:registry_token>"');
    expect(cli).not.toContain(SECRET_MASK);
    expect(cli).not.toContain(SECRET);
  });

  it('the HTTP request lists every parameter in its query, masks the secret and the signature', () => {
    const { masked, request } = reviewRequest();
    const preview = toHttpRequest(masked);
    expect(preview.query.map(([name]) => name)).toEqual(toQueryParameters(request).map(([name]) => name));
    const text = formatHttpRequest(preview);
    for (const [name] of toQueryParameters(request)) expect(text).toContain(`${name}=`);
    expect(decodeURIComponent(text)).toContain(`"registry_token":"${SECRET_MASK}"`);
    expect(text).toContain('Signature=<signature>');
    expect(text).toContain('Credential=<AccessKeyId>');
    for (const form of [SECRET, encodeURIComponent(SECRET), Buffer.from(SECRET).toString('base64')]) expect(text).not.toContain(form);
  });
});
