import { describe, expect, it } from 'vitest';

import { approvalReasons, type ApprovalRule, describeRule, type LaunchTarget } from './rules';

const rule = (overrides: Partial<ApprovalRule>): ApprovalRule => ({ id: 'r', regionId: null, minInstances: null, tagKey: null, tagValue: null, ...overrides });
const target = (overrides: Partial<LaunchTarget>): LaunchTarget => ({ regionId: 'cn-shanghai', instanceCount: 3, instanceTags: [[{ key: 'env', value: 'staging' }]], resourceTags: [], ...overrides });

describe('which launches need approval', () => {
  it('"more than 50 instances, or any instance tagged env=prod" as two rules', () => {
    const rules = [rule({ minInstances: 50 }), rule({ id: 'p', tagKey: 'env', tagValue: 'prod' })];
    expect(approvalReasons(rules, target({}))).toEqual([]);
    expect(approvalReasons(rules, target({ instanceCount: 51 }))).toEqual(['more than 50 instances (51)']);
    expect(approvalReasons(rules, target({ instanceTags: [[{ key: 'env', value: 'prod' }]] }))).toEqual(['an instance tagged env=prod']);
    expect(approvalReasons(rules, target({ instanceCount: 60, instanceTags: [[{ key: 'env', value: 'prod' }]] }))).toHaveLength(2);
  });

  it('keeps to its region, and needs every condition it sets', () => {
    const both = rule({ regionId: 'cn-hangzhou', minInstances: 10, tagKey: 'role', tagValue: '' });
    expect(approvalReasons([both], target({ instanceCount: 20, instanceTags: [[{ key: 'role', value: 'web' }]] }))).toEqual([]);
    const here = { ...both, regionId: 'cn-shanghai' };
    expect(approvalReasons([here], target({ instanceCount: 20, instanceTags: [[{ key: 'role', value: 'db' }]] }))).toEqual(['more than 10 instances (20) and an instance tagged role']);
    expect(approvalReasons([here], target({ instanceCount: 5, instanceTags: [[{ key: 'role', value: 'db' }]] }))).toEqual([]);
    expect(approvalReasons([rule({ regionId: 'cn-shanghai' })], target({}))).toEqual(['every launch in cn-shanghai needs approval']);
  });

  it('errs towards a second look where the server cannot know', () => {
    expect(approvalReasons([rule({ minInstances: 50 })], target({ instanceCount: null }))[0]).toContain('tag target');
    expect(approvalReasons([rule({ tagKey: 'env', tagValue: 'prod' })], target({ instanceTags: null }))[0]).toContain('not looked up');
    expect(approvalReasons([rule({ tagKey: 'env', tagValue: 'prod' })], target({ instanceTags: [], resourceTags: [{ key: 'env', value: 'prod' }] }))).toEqual(['targets instances tagged env=prod']);
  });

  it('words a rule for the admin', () => {
    expect(describeRule(rule({ minInstances: 50, regionId: 'cn-shanghai' }))).toBe('Launches in cn-shanghai with more than 50 instances');
    expect(describeRule(rule({ tagKey: 'env', tagValue: 'prod' }))).toBe('Launches in every region with any instance tagged env=prod');
  });
});
