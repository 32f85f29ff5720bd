import { describe, expect, it } from 'vitest';

import { isCommandId, isInstanceId, isInvokeId, isManagedInstanceId } from '@/lib/invoke/ids';

describe('instance IDs', () => {
  it('accepts ECS instances (i-) and managed instances (mi-)', () => {
    for (const id of ['i-uf6abc123', 'i-bp1', 'mi-hz018jrc1o0abcd', 'mi-sh0abc']) expect(isInstanceId(id)).toBe(true);
  });

  it('refuses other prefixes, empty bodies, punctuation and hostile values', () => {
    for (const id of ['', 'i-', 'mi-', 'm-abc', 'xi-abc', 'ii-abc', 'I-abc', 'mi_abc', 'i-abc,i-def', 'i-abc def', 'i-../etc', `i-${'a'.repeat(65)}`]) {
      expect(isInstanceId(id)).toBe(false);
    }
  });

  it('tells a managed instance apart, since it is looked up with DescribeManagedInstances', () => {
    expect(isManagedInstanceId('mi-hz018jrc1o0')).toBe(true);
    expect(isManagedInstanceId('i-hz018jrc1o0')).toBe(false);
    expect(isManagedInstanceId('mi-')).toBe(false);
  });
});

describe('command and invocation IDs', () => {
  it('keeps their own shapes', () => {
    expect([isCommandId('c-abc'), isCommandId('ACS-ECS-BulkDownload.sh'), isCommandId('mi-abc')]).toEqual([true, true, false]);
    expect([isInvokeId('t-hz0jdf1a2b3c'), isInvokeId('mi-abcd')]).toEqual([true, false]);
  });
});
