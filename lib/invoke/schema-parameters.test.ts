import { describe, expect, it } from 'vitest';
import type { ParameterEntry } from '@/lib/invoke/draft';
import { powerShellCommand, shellCommand, testContext, windowsInstance } from '@/lib/invoke/test-fixtures';
import { codesFor, issuesFor, validDraft } from '@/lib/invoke/test-issues';

const entry = (name: string, value = 'v'): ParameterEntry => ({ name, value, secret: false });

/** A command declaring `names`, each used once in its content. */
const declaring = (names: string[], content = names.map((name) => `{{${name}}}`).join(' ')) =>
  testContext({ command: shellCommand({ content, parameterNames: names, parameterDefinitions: [] }) });

describe('Parameters', () => {
  it('may be left empty, and values may be empty', () => {
    expect(issuesFor(validDraft({ parameters: [] }))).toEqual([]);
    expect(issuesFor(validDraft({ parameters: [entry('name', ''), entry('port', '')] }))).toEqual([]);
  });

  it('are refused when the command does not enable them', () => {
    const context = testContext({ command: powerShellCommand(), instances: [windowsInstance('i-w')] });
    const draft = validDraft({ commandId: 'c-win', instanceIds: ['i-w'], parameters: [entry('name')] });
    expect(issuesFor(draft, context)).toMatchObject([
      { path: 'parameters', code: 'Parameter.Disabled', message: expect.stringMatching(/^Parameters: command deploy\.ps1 was created without/) },
    ]);
  });

  it('allow 10 passed values and refuse 11', () => {
    const names = Array.from({ length: 11 }, (_, i) => `p${i + 1}`);
    const context = declaring(names);
    expect(issuesFor(validDraft({ parameters: names.slice(0, 10).map((name) => entry(name)) }), context)).toEqual([]);
    expect(issuesFor(validDraft({ parameters: names.map((name) => entry(name)) }), context)).toMatchObject([
      { path: 'parameters', code: 'ParameterCount.ExceedLimit', message: expect.stringMatching(/^Parameters: 11 have values, but at most 10/) },
    ]);
  });

  it('do not count empty values, which are not sent', () => {
    const names = Array.from({ length: 11 }, (_, i) => `p${i + 1}`);
    const parameters = names.map((name, i) => entry(name, i === 0 ? '' : 'v'));
    expect(issuesFor(validDraft({ parameters }), declaring(names))).toEqual([]);
  });

  it('allow a 64-character key and refuse a 65-character one', () => {
    const long64 = 'k'.repeat(64);
    expect(issuesFor(validDraft({ parameters: [entry(long64)] }), declaring([long64]))).toEqual([]);
    expect(issuesFor(validDraft({ parameters: [entry('k'.repeat(65))] }), declaring([long64]))).toMatchObject([
      { path: 'parameters.0.name', code: 'ParameterKey.ExceedLimit', message: expect.stringMatching(/^Parameter name "k+…" is 65 characters; the limit is 64/) },
    ]);
  });

  it('refuse an empty key', () => {
    expect(issuesFor(validDraft({ parameters: [entry('')] }))).toMatchObject([
      { path: 'parameters.0.name', code: 'ParameterKey.ExceedLimit', message: 'Parameter 1 has no name. Give it a name or remove it.' },
    ]);
  });

  it('refuse the same key twice, ignoring case', () => {
    expect(issuesFor(validDraft({ parameters: [entry('name'), entry('NAME')] }))).toMatchObject([
      { path: 'parameters.1.name', code: 'ParameterKey.Duplicate', message: expect.stringMatching(/^Parameter "NAME" is given twice/) },
    ]);
  });

  it('must be declared by the command, in any case', () => {
    expect(issuesFor(validDraft({ parameters: [entry('Name'), entry('host')] }))).toMatchObject([
      {
        path: 'parameters.1.name',
        code: 'Parameter.NotMatched',
        message: 'Parameter "host" is not declared by command patch-web.sh. Its parameters are: name, port. Remove it.',
      },
    ]);
  });
});

describe('command content size (Base64 of content with values)', () => {
  // 12,288 UTF-8 bytes encode to exactly 16,384 Base64 bytes, the default limit.
  const atLimit = 12_288;

  it('accepts content exactly at the limit and refuses one byte more, blaming the command', () => {
    expect(codesFor(validDraft({ parameters: [] }), declaring([], 'x'.repeat(atLimit)))).toEqual([]);
    expect(issuesFor(validDraft({ parameters: [] }), declaring([], 'x'.repeat(atLimit + 1)))).toMatchObject([
      {
        path: 'commandId',
        code: 'CmdContent.ExceedLimit',
        message: 'Command patch-web.sh is 16,388 bytes in Base64, 4 bytes over the 16,384 bytes limit. Shorten the command or choose another.',
      },
    ]);
  });

  it('blames the parameter values when they push the content over', () => {
    const context = declaring(['name'], `${'x'.repeat(atLimit - 8)}{{name}}`);
    expect(issuesFor(validDraft({ parameters: [entry('name', '12345678')] }), context)).toEqual([]);
    expect(issuesFor(validDraft({ parameters: [entry('name', '123456789')] }), context)).toMatchObject([
      { path: 'parameters', code: 'CmdContent.ExceedLimit', message: expect.stringMatching(/^Parameters: with these values the command content is 16,388 bytes/) },
    ]);
  });

  it('measures multi-byte characters in UTF-8', () => {
    // "é" is 2 bytes: 6,144 of them are 12,288 bytes, at the limit; one more is over.
    expect(codesFor(validDraft({ parameters: [] }), declaring([], 'é'.repeat(6_144)))).toEqual([]);
    expect(codesFor(validDraft({ parameters: [] }), declaring([], 'é'.repeat(6_145)))).toEqual(['commandId CmdContent.ExceedLimit']);
  });
});
