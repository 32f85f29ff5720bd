import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellQuote, toAliyunCli } from '@/lib/invoke/cli';
import { DEFAULT_LIMITS } from '@/lib/invoke/limits';
import { buildInvokeRequests } from '@/lib/invoke/request';
import { createInvokeSchema } from '@/lib/invoke/schema';
import { shellCommand, testContext } from '@/lib/invoke/test-fixtures';
import { validDraft } from '@/lib/invoke/test-issues';

const SECRET = "s3cr3t value with 'quotes' and $HOME";

function maskedRequest() {
  const command = shellCommand({ content: 'echo {{name}} {{token}}', parameterNames: ['name', 'token'] });
  const context = testContext({ command });
  const draft = validDraft({
    repeatMode: 'Period',
    frequency: '0 */20 * * * ? UTC',
    username: 'deploy',
    parameters: [
      { name: 'name', value: `Jack "the" O'Neil $PATH`, secret: false },
      { name: 'token', value: SECRET, secret: true },
    ],
  });
  const [batch] = buildInvokeRequests(createInvokeSchema(context).parse(draft), command, 'launch-1', DEFAULT_LIMITS);
  if (!batch) throw new Error('no batch');
  return batch.masked;
}

describe('shellQuote', () => {
  it('leaves plain words alone', () => {
    expect(shellQuote('cn-hangzhou')).toBe('cn-hangzhou');
    expect(shellQuote('i-bp1:a/b@c=d')).toBe('i-bp1:a/b@c=d');
  });

  it('single-quotes spaces, $, double quotes, backslashes and backticks', () => {
    expect(shellQuote('0 */20 * * * ?')).toBe("'0 */20 * * * ?'");
    expect(shellQuote('$HOME `id` "x" \\n')).toBe("'$HOME `id` \"x\" \\n'");
  });

  it('closes and reopens quotes around a single quote', () => {
    expect(shellQuote("O'Neil")).toBe("'O'\\''Neil'");
  });

  it('quotes a leading = that zsh would expand', () => {
    expect(shellQuote('=ls')).toBe("'=ls'");
    expect(shellQuote('a=b')).toBe('a=b');
  });

  it('quotes the empty string', () => {
    expect(shellQuote('')).toBe("''");
  });

  it('survives a real POSIX shell unchanged', () => {
    for (const value of ['{"a":"b c"}', "it's $HOME", 'back\\slash `id` !x', 'line\nbreak', '*', '~user', '-n', '']) {
      expect(execFileSync('sh', ['-c', `printf '%s' ${shellQuote(value)}`], { encoding: 'utf8' })).toBe(value);
    }
  });
});

describe('toAliyunCli', () => {
  it('names every parameter, one per line, quoted for a POSIX shell', () => {
    expect(toAliyunCli(maskedRequest())).toBe(
      [
        'aliyun ecs InvokeCommand',
        '  --RegionId cn-hangzhou',
        '  --CommandId c-patch',
        '  --InstanceId.1 i-1',
        '  --InstanceId.2 i-2',
        '  --RepeatMode Period',
        '  --Timed true',
        "  --Frequency '0 */20 * * * ? UTC'",
        `  --Parameters '{"name":"Jack \\"the\\" O'\\''Neil $PATH","token":"******"}'`,
        '  --Username deploy',
        '  --ClientToken launch-1-b0',
      ].join(' \\\n'),
    );
  });

  it('never contains a secret value', () => {
    expect(toAliyunCli(maskedRequest())).not.toContain('s3cr3t');
  });
});
