import { describe, expect, it } from 'vitest';

import { describeInstanceFilter, isNarrowing } from '@/lib/invoke/instance-filter';
import { instanceFilterSchema } from '@/lib/invoke/instance-filter-schema';

describe('instance filters', () => {
  it('reads as one line, leaving out what does not narrow', () => {
    expect(describeInstanceFilter({ query: ' env=prod role=web ', status: 'Running', os: 'linux' })).toBe('env=prod role=web · Running · Linux');
    expect(describeInstanceFilter({ query: '', status: 'all', os: 'windows' })).toBe('Windows');
    expect(describeInstanceFilter({ query: '', status: 'all', os: 'all' })).toBe('every instance');
  });

  it('is worth keeping only when it narrows', () => {
    expect(isNarrowing({ query: '  ', status: 'all', os: 'all' })).toBe(false);
    expect(isNarrowing({ query: 'web', status: 'all', os: 'all' })).toBe(true);
    expect(isNarrowing({ query: '', status: 'Stopped', os: 'all' })).toBe(true);
  });

  it('refuses what the picker could not have produced, naming the part', () => {
    expect(instanceFilterSchema.safeParse({ query: 'x'.repeat(501), status: 'all', os: 'all' }).error?.issues[0]?.message).toMatch(/^Instance search/);
    expect(instanceFilterSchema.safeParse({ query: '', status: 'running; drop', os: 'all' }).error?.issues[0]?.message).toMatch(/^Instance status filter/);
    expect(instanceFilterSchema.safeParse({ query: '', status: 'all', os: 'mac' }).error?.issues[0]?.message).toMatch(/^Instance OS filter/);
    expect(instanceFilterSchema.safeParse({ query: 'x'.repeat(500), status: 'Running', os: 'linux' }).success).toBe(true);
  });
});

describe('instance filters by kind (ECS or managed)', () => {
  it('names the kind, and narrows by it alone', () => {
    expect(describeInstanceFilter({ query: 'env=prod', status: 'all', os: 'linux', kind: 'managed' })).toBe('env=prod · Linux · Managed instances');
    expect(describeInstanceFilter({ query: '', status: 'all', os: 'all', kind: 'ecs' })).toBe('ECS instances');
    expect(isNarrowing({ query: '', status: 'all', os: 'all', kind: 'managed' })).toBe(true);
    expect(isNarrowing({ query: '', status: 'all', os: 'all', kind: 'all' })).toBe(false);
  });

  it('still reads a search kept before the kind existed, and refuses an unknown kind', () => {
    expect(instanceFilterSchema.parse({ query: 'web', status: 'all', os: 'all' })).toEqual({ query: 'web', status: 'all', os: 'all' });
    expect(instanceFilterSchema.safeParse({ query: '', status: 'all', os: 'all', kind: 'k8s' }).error?.issues[0]?.message).toMatch(/^Instance kind filter/);
  });
});
