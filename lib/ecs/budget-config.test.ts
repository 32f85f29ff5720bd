import { describe, expect, it } from 'vitest';

import { burstFor, parseApiRates, rateFor } from './budget-config';

describe('ECS_API_RATE', () => {
  it('reads Action=rate pairs and a * for every action not named', () => {
    const rates = parseApiRates(' DescribeInstances=20, InvokeCommand=2.5 ,*=5 ');
    expect(rates).toEqual({ DescribeInstances: 20, InvokeCommand: 2.5, '*': 5 });
    expect(rateFor('DescribeInstances', rates)).toBe(20);
    expect(rateFor('StopInvocation', rates)).toBe(5);
  });

  it('falls back to the defaults: 20/s for the polled reads, 10/s for launches and the rest', () => {
    expect(parseApiRates(undefined)).toEqual({});
    expect(rateFor('DescribeCloudAssistantStatus', {})).toBe(20);
    expect(rateFor('InvokeCommand', {})).toBe(10);
    expect(rateFor('DescribeRegions', {})).toBe(10);
    expect(rateFor('DescribeRegions', { DescribeInstances: 50 })).toBe(10);
  });

  it.each(['DescribeInstances', 'DescribeInstances=0', 'DescribeInstances=fast', 'describeInstances=5', 'DescribeInstances=5000'])('refuses %s, naming it', (value) => {
    expect(() => parseApiRates(value)).toThrow(value);
  });

  it('holds one second of calls, at least one', () => {
    expect(burstFor(20)).toBe(20);
    expect(burstFor(0.2)).toBe(1);
  });
});
