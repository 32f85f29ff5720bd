import { describe, expect, it } from 'vitest';

import { emptyDraft } from '@/lib/invoke/draft';

import { createPresetInput, presetDetailsSchema } from './schemas';

describe('preset inputs', () => {
  it('need a name, trimmed, and keep name and description within their columns', () => {
    expect(presetDetailsSchema.safeParse({ name: '  prod web patch ', description: '' }).data).toEqual({ name: 'prod web patch', description: '' });
    expect(presetDetailsSchema.safeParse({ name: '   ', description: '' }).error?.issues[0]?.message).toMatch(/^Name: give the preset a name/);
    expect(presetDetailsSchema.safeParse({ name: 'x'.repeat(101), description: '' }).success).toBe(false);
    expect(presetDetailsSchema.safeParse({ name: 'x', description: 'd'.repeat(501) }).success).toBe(false);
  });

  it('refuse a form too large to store, naming the instances', () => {
    const huge = { ...emptyDraft('cn-shanghai'), instanceIds: Array.from({ length: 30_000 }, (_, index) => `i-uf6${String(index).padStart(17, '0')}`) };
    const parsed = createPresetInput.safeParse({ name: 'big', description: '', draft: huge });
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['draft', 'instanceIds'] });
    expect(createPresetInput.safeParse({ name: 'ok', description: '', draft: { ...huge, instanceIds: huge.instanceIds.slice(0, 10_000) } }).success).toBe(true);
  });

  it('take an optional kept search, checked like the picker makes it', () => {
    const draft = emptyDraft('cn-shanghai');
    expect(createPresetInput.parse({ name: 'a', description: '', draft }).instanceFilter).toBeNull();
    expect(createPresetInput.parse({ name: 'a', description: '', draft, instanceFilter: { query: 'env=prod', status: 'Running', os: 'linux' } }).instanceFilter).toEqual({ query: 'env=prod', status: 'Running', os: 'linux' });
    const bad = createPresetInput.safeParse({ name: 'a', description: '', draft, instanceFilter: { query: '', status: 'all', os: 'beos' } });
    expect(bad.error?.issues[0]).toMatchObject({ path: ['instanceFilter', 'os'], message: 'Instance OS filter: all, linux or windows.' });
  });
});
