import { describe, expect, it } from 'vitest';

import { COMMAND_RULE_STATUS } from './codes';
import { COMMAND_LIMITS, commandRules, detailsRules, type CommandFields } from './rules';
import { commandFormSchema, modifyCommandInput } from './schema';

const valid: CommandFields = { name: 'rotate-logs.sh', description: '', type: 'RunShellScript', content: 'logrotate -f /etc/logrotate.conf', workingDir: '', timeout: '', enableParameter: false };
const codes = (fields: Partial<CommandFields>) => commandRules({ ...valid, ...fields }).map((issue) => `${issue.path.join('.')}:${issue.code}`);

describe('the rules of a saved command (CreateCommand)', () => {
  it('passes a command with only a name, a type and content: the API fills the rest', () => {
    expect(commandRules(valid)).toEqual([]);
  });

  it('requires a name of at most 128 characters (counted as a person counts them)', () => {
    expect(codes({ name: '  ' })).toEqual(['name:MissingParameter.Name']);
    expect(codes({ name: 'n'.repeat(129) })).toEqual(['name:InvalidParameter.Name']);
    expect(codes({ name: '🚀'.repeat(128) })).toEqual([]);
  });

  it('takes a description of at most 512 characters and a working directory of at most 200', () => {
    expect(codes({ description: 'd'.repeat(512), workingDir: '/'.repeat(200) })).toEqual([]);
    expect(codes({ description: 'd'.repeat(513) })).toEqual(['description:InvalidParameter.Description']);
    expect(codes({ workingDir: '/'.repeat(201) })).toEqual(['workingDir:InvalidParameter.WorkingDir']);
  });

  it('takes a timeout of 10 to 86,400 whole seconds, or none for the default', () => {
    expect(codes({ timeout: '10' })).toEqual([]);
    expect(codes({ timeout: '86400' })).toEqual([]);
    for (const timeout of ['9', '86401', '1.5', '-20', 'soon']) expect(codes({ timeout })).toEqual(['timeout:InvalidParameter.Timeout']);
  });

  it('requires content, at most the configured size once Base64-encoded', () => {
    expect(codes({ content: '\n ' })).toEqual(['content:MissingParameter.CommandContent']);
    // 12,288 bytes of text are exactly 16 KB of Base64.
    expect(codes({ content: 'x'.repeat((COMMAND_LIMITS.contentBase64Bytes / 4) * 3) })).toEqual([]);
    const over = commandRules({ ...valid, content: 'x'.repeat((COMMAND_LIMITS.contentBase64Bytes / 4) * 3 + 1) });
    expect(over.map((issue) => issue.code)).toEqual(['CmdContent.ExceedLimit']);
    expect(over[0]?.message).toContain('16 KB');
  });

  it('lets a command declare at most 20 parameters, and only counts them when parameters are on', () => {
    const content = (n: number) => Array.from({ length: n }, (_, i) => `echo {{p${i}}}`).join('\n');
    expect(codes({ content: content(20), enableParameter: true })).toEqual([]);
    expect(codes({ content: content(21), enableParameter: true })).toEqual(['enableParameter:ParameterCount.ExceedLimit']);
    expect(codes({ content: content(21), enableParameter: false })).toEqual([]);
    // Names differing only in case are one parameter, as the API reads them.
    expect(codes({ content: `${content(20)}\necho {{P0}}`, enableParameter: true })).toEqual([]);
  });

  it('names a status for every code it uses', () => {
    const used = commandRules({ ...valid, name: '', description: 'd'.repeat(600), content: '', timeout: '1' }).map((issue) => issue.code);
    for (const code of used) expect(COMMAND_RULE_STATUS[code]).toBeGreaterThanOrEqual(400);
  });
});

describe('ModifyCommand rules and the schemas', () => {
  it('checks only what ModifyCommand changes, an empty timeout keeping the current one', () => {
    expect(detailsRules({ name: 'x', description: '', workingDir: '', timeout: '' })).toEqual([]);
    expect(detailsRules({ name: '', description: '', workingDir: '', timeout: '5' }).map((issue) => issue.code)).toEqual(['MissingParameter.Name', 'InvalidParameter.Timeout']);
  });

  it('carries each code in the zod issue, on the field it concerns', () => {
    const parsed = commandFormSchema.safeParse({ ...valid, name: '', timeout: '3' });
    expect(parsed.success).toBe(false);
    const issues = parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.code === 'custom' ? (issue as { params?: { code?: string } }).params?.code : issue.code]);
    expect(issues).toEqual([
      ['name', 'MissingParameter.Name'],
      ['timeout', 'InvalidParameter.Timeout'],
    ]);
  });

  it('refuses a malformed command ID or region before anything else', () => {
    expect(modifyCommandInput.safeParse({ regionId: 'cn-shanghai', commandId: 'c-ok123', name: 'n', description: '', workingDir: '', timeout: '' }).success).toBe(true);
    expect(modifyCommandInput.safeParse({ regionId: 'cn-shanghai', commandId: '../etc', name: 'n', description: '', workingDir: '', timeout: '' }).success).toBe(false);
    expect(modifyCommandInput.safeParse({ regionId: 'Shanghai!', commandId: 'c-ok123', name: 'n', description: '', workingDir: '', timeout: '' }).success).toBe(false);
  });
});
