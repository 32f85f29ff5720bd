import { describe, expect, it } from 'vitest';

import { createStableInstances, sameInstance } from '@/components/invoke/instance-picker/stable-instances';
import { makeInstance, tags } from '@/components/invoke/instance-picker/test-helpers';

const copy = <T>(value: T): T => structuredClone(value);

describe('createStableInstances', () => {
  it('hands back the previous array when a reload brings the same instances as new objects', () => {
    const stable = createStableInstances();
    const first = [makeInstance({ instanceId: 'i-1', tags: tags('env=prod') }), makeInstance({ instanceId: 'i-2' })];
    const kept = stable(first);
    expect(kept).toBe(first);
    expect(stable(copy(first))).toBe(first);
  });

  it('keeps the unchanged objects and takes the changed one when an instance moved', () => {
    const stable = createStableInstances();
    const first = [makeInstance({ instanceId: 'i-1' }), makeInstance({ instanceId: 'i-2' })];
    stable(first);
    const reloaded = copy(first);
    reloaded[1] = { ...reloaded[1]!, status: 'Stopped' };
    const kept = stable(reloaded);
    expect(kept).not.toBe(first);
    expect(kept[0]).toBe(first[0]);
    expect(kept[1]).toBe(reloaded[1]);
    expect(kept[1]?.status).toBe('Stopped');
  });

  it('follows a list that grows page by page and one that shrinks', () => {
    const stable = createStableInstances();
    const page1 = [makeInstance({ instanceId: 'i-1' })];
    const both = [...page1, makeInstance({ instanceId: 'i-2' })];
    expect(stable(page1)).toBe(page1);
    expect(stable(both)).toEqual(both);
    expect(stable(copy(page1))[0]).toBe(page1[0]);
    expect(stable(copy(page1))).toHaveLength(1);
  });
});

describe('sameInstance', () => {
  it('tells apart a changed field, a changed tag, and a field only one side has', () => {
    const base = makeInstance({ instanceId: 'i-1', tags: tags('env=prod', 'role=web') });
    expect(sameInstance(base, copy(base))).toBe(true);
    expect(sameInstance(base, { ...base, agentOnline: false })).toBe(false);
    expect(sameInstance(base, { ...base, tags: tags('env=prod', 'role=db') })).toBe(false);
    expect(sameInstance(base, { ...base, tags: tags('env=prod') })).toBe(false);
    expect(sameInstance(base, { ...base, kind: 'managed' })).toBe(false);
  });
});
