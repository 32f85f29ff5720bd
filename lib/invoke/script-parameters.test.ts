import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { extractParameterNames } from '@/lib/invoke/parameters';
import { analyzeScriptParameters, MAX_SCRIPT_PARAMETERS, scanPlaceholders, scriptSize } from '@/lib/invoke/script-parameters';

const codes = (script: string) => analyzeScriptParameters(script).problems.map((problem) => problem.code);

describe('analyzeScriptParameters: names', () => {
  it('finds custom names in order, once each, first spelling kept', () => {
    expect(analyzeScriptParameters('echo {{name}} {{ Port }} {{NAME}} {{port}} {{x-y_z}}').names).toEqual(['name', 'Port', 'x-y_z']);
  });

  it('ignores white space and line feeds around a name', () => {
    expect(analyzeScriptParameters('echo {{\n  target \t}}').names).toEqual(['target']);
  });

  it('keeps built-ins and Parameter Store references out of the custom names', () => {
    const result = analyzeScriptParameters('{{ACS::InstanceId}} {{ ACS :: regionid }} {{oos:db}} {{oos-secret: pw}} {{user}}');
    expect(result.names).toEqual(['user']);
    expect(result.builtIns).toEqual(['ACS::InstanceId', 'ACS::RegionId']);
    expect(result.problems).toEqual([]);
  });

  it('finds nothing in a script without placeholders', () => {
    expect(analyzeScriptParameters('#!/bin/bash\necho "${HOME}" { }')).toEqual({ names: [], builtIns: [], problems: [] });
  });
});

describe('analyzeScriptParameters: problems', () => {
  it('warns, naming it, about braces that are not a parameter', () => {
    const [problem] = analyzeScriptParameters('docker inspect -f "{{.State.Running}}" web').problems;
    expect(problem).toMatchObject({ code: 'Parameter.NotRecognized', severity: 'warning', placeholder: '{{.State.Running}}', from: 19, to: 37 });
    expect(problem?.message).toContain('{{.State.Running}}');
    expect(problem?.message).toContain('stays in the script as written');
  });

  it('reports a repeated invalid placeholder once', () => {
    expect(codes('{{a b}} {{a b}}')).toEqual(['Parameter.NotRecognized']);
  });

  it('says that acs:: is reserved and built-ins are spelled in capitals', () => {
    const [problem] = analyzeScriptParameters('echo {{acs::InstanceId}}').problems;
    expect(problem?.message).toMatch(/\{\{acs::InstanceId\}\} is not replaced.*ACS:: in capitals/);
  });

  it('warns about an unknown built-in, naming it and the known ones', () => {
    const [problem] = analyzeScriptParameters('echo {{ACS::Hostname}}').problems;
    expect(problem).toMatchObject({ code: 'Parameter.NotRecognized', severity: 'warning' });
    expect(problem?.message).toContain('{{ACS::Hostname}}');
    expect(problem?.message).toContain('ACS::InstanceName');
  });

  it('refuses a name longer than 64 characters, naming it', () => {
    const long = 'a'.repeat(65);
    const [problem] = analyzeScriptParameters(`echo {{${long}}}`).problems;
    expect(problem).toMatchObject({ code: 'ParameterKey.ExceedLimit', severity: 'error' });
    expect(problem?.message).toContain('65 characters');
    expect(problem?.message).toContain('at most 64');
    expect(codes(`echo {{${'a'.repeat(64)}}}`)).toEqual([]);
  });

  it('refuses more than 20 parameters, built-ins included, and names the ones over', () => {
    const custom = Array.from({ length: 19 }, (_, index) => `{{p${index + 1}}}`).join(' ');
    expect(codes(`${custom} {{ACS::InstanceId}}`)).toEqual([]);
    const result = analyzeScriptParameters(`${custom} {{ACS::InstanceId}} {{ACS::RegionId}} {{extra}}`);
    const [problem] = result.problems;
    expect(problem).toMatchObject({ code: 'ParameterCount.ExceedLimit', severity: 'error', placeholder: '{{p19}}' });
    expect(problem?.message).toBe('The script has 22 parameters, built-ins included; a command takes at most 20. Remove 2: {{p19}}, {{extra}}.');
  });

  it('takes the limits as options', () => {
    expect(codes('{{a}} {{b}}')).toEqual([]);
    expect(analyzeScriptParameters('{{a}} {{b}}', { maxParameters: 1 }).problems[0]?.message).toContain('Remove 1: {{b}}');
    expect(analyzeScriptParameters('{{abcd}}', { maxNameBytes: 3 }).problems[0]?.code).toBe('ParameterKey.ExceedLimit');
  });
});

describe('scanPlaceholders', () => {
  it('marks each placeholder with its kind and place', () => {
    expect(scanPlaceholders('a {{x}} {{ACS::InvokeId}} {{oos:p}} {{x y}}')).toEqual([
      { kind: 'custom', from: 2, to: 7, name: 'x' },
      { kind: 'builtin', from: 8, to: 25, name: 'ACS::InvokeId' },
      { kind: 'store', from: 26, to: 35, name: 'oos:p' },
      { kind: 'literal', from: 36, to: 43, name: 'x y' },
    ]);
  });

  it('takes the innermost braces when they nest', () => {
    expect(scanPlaceholders('{{{a}}}').map(({ from, to }) => [from, to])).toEqual([[1, 6]]);
  });
});

describe('scriptSize', () => {
  it('counts UTF-8 bytes and the Base64 bytes the limit counts', () => {
    expect(scriptSize('héllo', { contentBase64Bytes: 8 })).toEqual({ bytes: 6, base64Bytes: 8, limit: 8, fits: true });
    expect(scriptSize('héllo!!', { contentBase64Bytes: 8 }).fits).toBe(false);
  });

  it('defaults to the seed limit of 16 KB', () => {
    expect(scriptSize('').limit).toBe(16 * 1024);
  });
});

// Scripts made of the pieces that matter: braces, names, white space, colons and other text.
const nameChar = fc.constantFrom('a', 'Z', '9', '-', '_', '.', ':', ' ', 'é', 'ACS::', 'oos:');
const space = fc.constantFrom('', ' ', '\n', '\t ');
const placeholder = fc.tuple(space, fc.array(nameChar, { maxLength: 6 }), space).map(([before, name, after]) => `{{${before}${name.join('')}${after}}}`);
const scriptPiece = fc.oneof(placeholder, fc.constantFrom('{{', '}}', '{', '}', ' ', '\n', 'echo ', 'ACS::InstanceId', 'x y'));
const scripts = fc.array(scriptPiece, { maxLength: 30 }).map((pieces) => pieces.join(''));

describe('properties', () => {
  it('finds the same custom names as the launch rules and the sandbox do', () => {
    fc.assert(fc.property(scripts, (script) => {
      expect(analyzeScriptParameters(script, { maxParameters: Infinity }).names).toEqual(extractParameterNames(script));
    }));
  });

  it('lists each name once, case-insensitively', () => {
    fc.assert(fc.property(scripts, (script) => {
      const folded = analyzeScriptParameters(script).names.map((name) => name.toLowerCase());
      expect(new Set(folded).size).toBe(folded.length);
    }));
  });

  it('places every placeholder on its braces, in order, without overlap', () => {
    fc.assert(fc.property(scripts, (script) => {
      let end = 0;
      for (const placeholder of scanPlaceholders(script)) {
        expect(placeholder.from).toBeGreaterThanOrEqual(end);
        const text = script.slice(placeholder.from, placeholder.to);
        expect(text.startsWith('{{') && text.endsWith('}}')).toBe(true);
        expect(text.slice(2, -2).trim()).toBe(placeholder.name);
        end = placeholder.to;
      }
    }));
  });

  it('names the placeholder in every problem', () => {
    fc.assert(fc.property(scripts, (script) => {
      for (const problem of analyzeScriptParameters(script, { maxParameters: 2 }).problems) {
        expect(script.slice(problem.from, problem.to)).toBe(problem.placeholder);
        expect(problem.message).toContain('{{');
      }
    }));
  });

  it('refuses a count only past the limit', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 30 }), (count) => {
      const script = Array.from({ length: count }, (_, index) => `{{v${index}}}`).join('\n');
      expect(codes(script).includes('ParameterCount.ExceedLimit')).toBe(count > MAX_SCRIPT_PARAMETERS);
    }));
  });
});
