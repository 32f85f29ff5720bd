import { describe, expect, it } from 'vitest';
import { toInvokeFormErrors } from '@/lib/invoke/form-errors';
import { createInvokeSchema } from '@/lib/invoke/schema';
import { linuxInstance, testContext } from '@/lib/invoke/test-fixtures';
import { validDraft } from '@/lib/invoke/test-issues';

const failure = (draft: unknown, context = testContext()) => {
  const result = createInvokeSchema(context).safeParse(draft);
  if (result.success) throw new Error('expected the draft to fail');
  return toInvokeFormErrors(result.error);
};

describe('toInvokeFormErrors', () => {
  it('keys messages and codes by the form’s dotted field paths', () => {
    const context = testContext({ instances: [linuxInstance('i-1'), linuxInstance('i-2', { status: 'Stopped' })] });
    const errors = failure(validDraft({ username: 'u'.repeat(256), parameters: [{ name: 'nope', value: 'x', secret: false }] }), context);
    expect(Object.keys(errors.fieldErrors)).toEqual(['instanceIds.1', 'parameters.0.name', 'username']);
    expect(errors.codes).toEqual({
      'instanceIds.1': ['InvalidInstance.NotMatch'],
      'parameters.0.name': ['Parameter.NotMatched'],
      username: ['Username.ExceedLimit'],
    });
  });

  it('sums several problems up by field label, in form order', () => {
    const errors = failure(validDraft({ regionId: '', timeout: 1, instanceIds: [] }));
    expect(errors.message).toBe('Check these fields before launching: Region, Instances, Timeout.');
  });

  it('uses the only problem’s own message', () => {
    expect(failure(validDraft({ timeout: 9 })).message).toBe('Timeout must be at least 10 seconds (it is 9).');
  });

  it('handles input that is not a draft at all', () => {
    const errors = failure('nonsense');
    expect(errors.fieldErrors).toHaveProperty('root');
    expect(errors.codes).toEqual({});
  });
});
