import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { powerShellQuote, shellQuote, toAliyunCli } from '@/lib/invoke/cli';
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
  it('names every parameter, one per line, quoted for a POSIX shell, with --region and without the ClientToken', () => {
    expect(toAliyunCli(maskedRequest())).toBe(
      [
        '# Replace <secret:token> with the value of token: secret values are never shown here.',
        [
          'aliyun ecs InvokeCommand --region cn-hangzhou',
          '  --RegionId cn-hangzhou',
          '  --CommandId c-patch',
          '  --InstanceId.1 i-1',
          '  --InstanceId.2 i-2',
          '  --RepeatMode Period',
          '  --Timed true',
          "  --Frequency '0 */20 * * * ? UTC'",
          `  --Parameters '{"name":"Jack \\"the\\" O'\\''Neil $PATH","token":"<secret:token>"}'`,
          '  --Username deploy',
        ].join(' \\\n'),
      ].join('\n'),
    );
  });

  it('never contains a secret value, nor the dashboard\'s ClientToken (pasted, it would bring back the old invocation)', () => {
    for (const shell of ['posix', 'powershell'] as const) {
      const cli = toAliyunCli(maskedRequest(), shell);
      expect(cli).not.toContain('s3cr3t');
      expect(cli).not.toContain('ClientToken');
      expect(cli).not.toContain('launch-1');
    }
  });

  it('hands the aliyun CLI exactly these arguments when pasted into sh, a value starting with "-" attached with "="', () => {
    const request = { ...maskedRequest(), Username: '-deploy', WorkingDir: "/srv/it's here" } as ReturnType<typeof maskedRequest>;
    const cli = toAliyunCli(request);
    expect(cli).toContain('  --Username=-deploy');
    // A stand-in for the CLI that prints each argument it was given on a line of its own.
    const args = execFileSync('sh', ['-c', `aliyun() { for arg in "$@"; do printf '%s\\n' "$arg"; done; }\n${cli}`], { encoding: 'utf8' }).trimEnd().split('\n');
    expect(args).toEqual([
      'ecs',
      'InvokeCommand',
      '--region',
      'cn-hangzhou',
      '--RegionId',
      'cn-hangzhou',
      '--CommandId',
      'c-patch',
      '--InstanceId.1',
      'i-1',
      '--InstanceId.2',
      'i-2',
      '--RepeatMode',
      'Period',
      '--Timed',
      'true',
      '--Frequency',
      '0 */20 * * * ? UTC',
      '--Parameters',
      '{"name":"Jack \\"the\\" O\'Neil $PATH","token":"<secret:token>"}',
      '--Username=-deploy',
      '--WorkingDir',
      "/srv/it's here",
    ]);
  });

  it('writes a PowerShell variant: backtick continuations, single quotes doubled, a note on the version it needs', () => {
    const cli = toAliyunCli(maskedRequest(), 'powershell');
    expect(cli.split('\n')).toEqual([
      '# PowerShell 7.3 or newer: older versions drop the double quotes inside arguments.',
      '# Replace <secret:token> with the value of token: secret values are never shown here.',
      'aliyun ecs InvokeCommand --region cn-hangzhou `',
      '  --RegionId cn-hangzhou `',
      '  --CommandId c-patch `',
      '  --InstanceId.1 i-1 `',
      '  --InstanceId.2 i-2 `',
      '  --RepeatMode Period `',
      '  --Timed true `',
      "  --Frequency '0 */20 * * * ? UTC' `",
      `  --Parameters '{"name":"Jack \\"the\\" O''Neil $PATH","token":"<secret:token>"}' \``,
      '  --Username deploy',
    ]);
  });
});

describe('powerShellQuote', () => {
  it('leaves only plain words bare: a comma, @, $, a leading - and spaces are quoted', () => {
    expect(powerShellQuote('cn-hangzhou')).toBe('cn-hangzhou');
    expect(powerShellQuote('i-bp1')).toBe('i-bp1');
    for (const value of ['a,b', '@args', '$HOME', '-x', 'two words', '=x', '']) expect(powerShellQuote(value)).toBe(`'${value}'`);
  });

  it('doubles single quotes, typographic ones too', () => {
    expect(powerShellQuote("O'Neil")).toBe("'O''Neil'");
    expect(powerShellQuote('O’Neil')).toBe("'O’’Neil'");
  });
});
