import type { RuleIssue } from '@/lib/invoke/codes';
import type { InvokeDraft } from '@/lib/invoke/draft';
import { commandOs } from '@/lib/invoke/eligibility';
import { charLength } from '@/lib/invoke/text-length';
import type { InvokeContext } from '@/lib/invoke/types';

/** Who the command runs as, and where: Username, WindowsPasswordName, WorkingDir. */
export function runAsRules(draft: InvokeDraft, { command, limits }: InvokeContext): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const { username, windowsPasswordName } = draft;
  const workingDir = draft.workingDir ?? '';

  if (charLength(username) > limits.usernameLength) {
    issues.push({
      path: ['username'],
      code: 'Username.ExceedLimit',
      message: `Username is ${charLength(username)} characters; the limit is ${limits.usernameLength}. Use a shorter user name.`,
    });
  }

  if (charLength(windowsPasswordName) > limits.windowsPasswordNameLength) {
    issues.push({
      path: ['windowsPasswordName'],
      code: 'InvalidParameter.WindowsPasswordName',
      message: `Windows password name is ${charLength(windowsPasswordName)} characters; the limit is ${limits.windowsPasswordNameLength}.`,
    });
  } else if (command?.commandId === draft.commandId) {
    issues.push(...windowsPasswordRules(username, windowsPasswordName, commandOs(command.type)));
  }

  if (charLength(workingDir) > limits.workingDirLength) {
    issues.push({
      path: ['workingDir'],
      code: 'InvalidParameter.WorkingDir',
      message: `Working directory is ${charLength(workingDir)} characters; the limit is ${limits.workingDirLength}. Use a shorter path.`,
    });
  }
  return issues;
}

/**
 * A Windows command run as anyone but System needs the name of the stored password; a
 * Linux command has no use for one, and sending it would only mislead whoever reads the
 * launch later.
 */
function windowsPasswordRules(username: string, windowsPasswordName: string, os: 'linux' | 'windows'): RuleIssue[] {
  if (os === 'linux') {
    return windowsPasswordName === ''
      ? []
      : [
          {
            path: ['windowsPasswordName'],
            code: 'InvalidParameter.WindowsPasswordName',
            message: 'Windows password name is only for Windows commands, and this is a Linux shell command. Clear it.',
          },
        ];
  }
  const runsAsSystem = username === '' || username.toLowerCase() === 'system';
  if (runsAsSystem || windowsPasswordName !== '') return [];
  return [
    {
      path: ['windowsPasswordName'],
      code: 'MissingParameter.WindowsPasswordName',
      message: `Windows password name is required to run as "${username}" (any user other than System). Enter the name of the OOS encrypted parameter that holds that user's password.`,
    },
  ];
}
