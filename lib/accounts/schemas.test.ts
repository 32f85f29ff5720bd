import { describe, expect, it } from 'vitest';

import { DEFAULT_RETURN_PATH, safeReturnPath } from './schemas';

describe('safeReturnPath', () => {
  it('keeps a path of this site with its query and fragment', () => {
    expect(safeReturnPath('/invocations?status=Failed#row-3')).toBe('/invocations?status=Failed#row-3');
    expect(safeReturnPath('/presets/prod-web-patch')).toBe('/presets/prod-web-patch');
  });

  it.each([
    ['another host', '//evil.example/x'],
    ['a scheme', 'https://evil.example/'],
    ['javascript', 'javascript:alert(1)'],
    ['a backslash', '/\\evil.example'],
    ['a tab that parsers drop', '/\t/evil.example'],
    ['CR and LF', '/\r\n/evil.example'],
    ['dot segments leaving //', '/.//evil.example'],
    ['dot segments with a backslash', '/./\\evil.example'],
    ['credentials', '//user:pass@evil.example'],
    ['nothing', ''],
    ['a relative path', 'invocations'],
  ])('refuses %s', (_what, next) => {
    expect(safeReturnPath(next)).toBe(DEFAULT_RETURN_PATH);
  });

  it('keeps encoded slashes encoded, so they stay one path segment of this site', () => {
    expect(safeReturnPath('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example');
    expect(safeReturnPath('/%5Cevil.example')).toBe('/%5Cevil.example');
  });
});
