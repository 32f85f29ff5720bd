import { type RequestTag } from '@/lib/invoke/request';

/**
 * Tags InvokeDeck puts on each execution it starts (Tag.N): the launch and the operator, so an
 * invocation is findable from the console and the CLI (DescribeInvocations Tag.N) and known as
 * ours in the account's history.
 */
export const LAUNCH_TAG_KEY = 'invokedeck:launch';
export const OPERATOR_TAG_KEY = 'invokedeck:operator';

export function executionTags(launchId: string, operator: string): RequestTag[] {
  return [
    { key: LAUNCH_TAG_KEY, value: launchId },
    { key: OPERATOR_TAG_KEY, value: operator },
  ];
}
