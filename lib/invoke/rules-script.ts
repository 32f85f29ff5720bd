import type { RuleIssue } from '@/lib/invoke/codes';
import type { DraftScript, InvokeDraft } from '@/lib/invoke/draft';
import { extractParameterNames } from '@/lib/invoke/parameters';
import { charLength } from '@/lib/invoke/text-length';
import type { InvokeCommandInfo } from '@/lib/invoke/types';

/** RunCommand's Name: at most 128 characters (CreateCommand's too, when the script is kept). */
export const COMMAND_NAME_MAX = 128;
/** RunCommand's default Timeout when neither the launch nor a saved command sets one. */
export const SCRIPT_DEFAULT_TIMEOUT = 60;
/** What the API names a script run without a Name. */
export const AD_HOC_NAME = 'Ad-hoc script';

/**
 * An ad-hoc script seen as the command it becomes, so every rule a saved command answers
 * (parameters declared by its `{{placeholders}}`, content size, OS match, timeout against a
 * schedule) applies to it unchanged. Its commandId is the draft's: empty.
 */
export function scriptCommandInfo(script: DraftScript): InvokeCommandInfo {
  return {
    commandId: '',
    name: script.name.trim() || AD_HOC_NAME,
    type: script.type,
    content: script.content,
    enableParameter: script.enableParameter,
    parameterNames: script.enableParameter ? extractParameterNames(script.content) : [],
    parameterDefinitions: [],
    timeout: SCRIPT_DEFAULT_TIMEOUT,
  };
}

/** The script's own rules (its size with parameters is judged with them, in rules-parameters.ts). */
export function scriptRules({ script }: InvokeDraft): RuleIssue[] {
  if (!script) return [];
  const issues: RuleIssue[] = [];
  if (script.content.trim() === '') {
    issues.push({ path: ['script', 'content'], code: 'MissingParameter.CommandContent', message: 'Script is required. Write the script to run, or choose a saved command.' });
  }
  const name = script.name.trim();
  if (charLength(name) > COMMAND_NAME_MAX) {
    issues.push({ path: ['script', 'name'], code: 'InvalidParameter.Name', message: `Command name: at most ${COMMAND_NAME_MAX} characters (it is ${charLength(name)}). Shorten it.` });
  } else if (script.keepCommand && name === '') {
    issues.push({ path: ['script', 'name'], code: 'MissingParameter.Name', message: 'Command name is required to keep the script as a command. Name it, or run it without keeping it.' });
  }
  return issues;
}
