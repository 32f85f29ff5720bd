import { describe, expect, it } from 'vitest';

import { logFileName } from '@/components/invocations/log-viewer/output-file';

describe('logFileName', () => {
  it('keeps a good name and adds .log when it is missing', () => {
    expect(logFileName('t-abc123-i-uf6xyz.log')).toBe('t-abc123-i-uf6xyz.log');
    expect(logFileName('t-abc123-i-uf6xyz')).toBe('t-abc123-i-uf6xyz.log');
  });

  it('replaces path separators and characters Windows refuses', () => {
    expect(logFileName('../etc/passwd')).toBe('etc-passwd.log');
    expect(logFileName('a:b*c?"d"<e>|f\\g\u0007')).toBe('a-b-c-d-e-f-g.log');
  });

  it('falls back to output.log for an empty name', () => {
    expect(logFileName('')).toBe('output.log');
    expect(logFileName(' ../ ')).toBe('output.log');
  });
});
