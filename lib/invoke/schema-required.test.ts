import { describe, expect, it } from 'vitest';

import { toInvokeFormErrors } from './form-errors';
import { createInvokeSchema } from './schema';
import { type InvokeContext } from './types';
import { DEFAULT_LIMITS } from './limits';

const context: InvokeContext = {
  command: {
    commandId: 'c-deploy',
    name: 'deploy-service.ps1',
    type: 'RunPowerShellScript',
    content: 'Deploy {{service_name}} {{version}}',
    enableParameter: true,
    parameterNames: ['service_name', 'version'],
    parameterDefinitions: [{ name: 'version', required: true }, { name: 'service_name', defaultValue: 'PaymentsApi' }],
    timeout: 60,
  },
  instances: [{ instanceId: 'i-win', name: 'win-1', osType: 'windows', status: 'Running', networkType: 'vpc', agentOnline: true, agentVersion: '2.1.3.400' }],
  limits: DEFAULT_LIMITS,
  now: new Date('2026-11-28T00:00:00Z'),
  quota: { used: 0, limit: 5000 },
};

const draft = (version: string) => ({
  regionId: 'cn-shanghai',
  commandId: 'c-deploy',
  instanceIds: ['i-win'],
  repeatMode: 'Once' as const,
  frequency: '',
  parameters: [
    { name: 'service_name', value: 'PaymentsApi', secret: false },
    { name: 'version', value: version, secret: false },
  ],
  username: '',
  windowsPasswordName: '',
});

describe('a parameter the command marks Required', () => {
  it('refuses an empty value on that field', () => {
    const result = createInvokeSchema(context).safeParse(draft(''));
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(toInvokeFormErrors(result.error).fieldErrors['parameters.1.value']).toEqual(['version is required by command deploy-service.ps1. Enter a value.']);
    }
  });
  it('accepts a value', () => {
    expect(createInvokeSchema(context).safeParse(draft('2.4.1')).success).toBe(true);
  });
});
