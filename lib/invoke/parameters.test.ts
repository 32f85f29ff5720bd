import { describe, expect, it } from 'vitest';
import { extractParameterNames, findDuplicateJsonKeys, substituteParameters } from './parameters';

describe('extractParameterNames', () => {
  it('finds names in order, once each, case-insensitively', () => {
    expect(extractParameterNames('echo {{name}} {{ Port }} {{NAME}} {{port}}')).toEqual(['name', 'Port']);
  });
  it('ignores built-ins and Parameter Store references', () => {
    expect(extractParameterNames('{{ACS::InstanceId}} {{oos:db}} {{oos-secret:pw}} {{x-y_z}}')).toEqual(['x-y_z']);
  });
});

describe('substituteParameters', () => {
  it('replaces case-insensitively and empties missing values', () => {
    expect(substituteParameters('a={{A}} b={{ b }} c={{c}}', { a: '1', B: '2' })).toBe('a=1 b=2 c=');
  });
  it('leaves built-ins alone', () => {
    expect(substituteParameters('{{ACS::RegionId}}', {})).toBe('{{ACS::RegionId}}');
  });
});

describe('findDuplicateJsonKeys', () => {
  it('finds a key that JSON.parse would hide', () => {
    expect(findDuplicateJsonKeys('{"name":"a","name":"b"}')).toEqual(['name']);
  });
  it('compares names case-insensitively', () => {
    expect(findDuplicateJsonKeys('{"Name":"a","name":"b"}')).toEqual(['name']);
  });
  it('ignores nested keys and keys inside strings', () => {
    expect(findDuplicateJsonKeys('{"a":{"x":1,"x":2},"b":"\\"a\\":1","c":[{"a":1}]}')).toEqual([]);
  });
  it('returns null for text that is not a JSON object', () => {
    expect(findDuplicateJsonKeys('[1]')).toBeNull();
    expect(findDuplicateJsonKeys('{')).toBeNull();
  });
});
