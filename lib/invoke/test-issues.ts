import type { InvokeDraft } from '@/lib/invoke/draft';
import { issueCode } from '@/lib/invoke/form-errors';
import { createInvokeSchema } from '@/lib/invoke/schema';
import { testContext } from '@/lib/invoke/test-fixtures';
import type { InvokeContext } from '@/lib/invoke/types';

/** For the schema's unit tests: a draft every rule accepts in `testContext()`. */
export function validDraft(overrides: Partial<InvokeDraft> = {}): InvokeDraft {
  return {
    regionId: 'cn-hangzhou',
    commandId: 'c-patch',
    instanceIds: ['i-1', 'i-2'],
    repeatMode: 'Once',
    frequency: '',
    parameters: [
      { name: 'name', value: 'web', secret: false },
      { name: 'port', value: '80', secret: false },
    ],
    username: '',
    windowsPasswordName: '',
    ...overrides,
  };
}

export interface SeenIssue {
  path: string;
  code: string | undefined;
  message: string;
}

/** The issues the schema reports, flattened so a test can compare them at a glance. */
export function issuesFor(draft: unknown, context: InvokeContext = testContext()): SeenIssue[] {
  const result = createInvokeSchema(context).safeParse(draft);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ path: issue.path.join('.'), code: issueCode(issue), message: issue.message }));
}

/** The codes reported, each with its field path: `["frequency MissingParam.Frequency"]`. */
export function codesFor(draft: unknown, context?: InvokeContext): string[] {
  return issuesFor(draft, context).map((issue) => `${issue.path} ${issue.code ?? '-'}`);
}
