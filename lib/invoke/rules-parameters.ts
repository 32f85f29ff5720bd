import type { RuleIssue } from '@/lib/invoke/codes';
import type { InvokeDraft, ParameterEntry } from '@/lib/invoke/draft';
import type { Limits } from '@/lib/invoke/limits';
import { substituteParameters } from '@/lib/invoke/parameters';
import { isSecretReference } from '@/lib/invoke/secrets';
import { base64EncodedLength, charLength } from '@/lib/invoke/text-length';
import type { InvokeCommandInfo, InvokeContext } from '@/lib/invoke/types';
import { formatNumber } from '@/lib/format';

export interface ContentSize {
  /** Base64 bytes of the content with the parameter values substituted. */
  base64Bytes: number;
  limit: number;
  fits: boolean;
}

/**
 * The entries actually sent. An empty value means the same as leaving the key out (the API
 * substitutes "" for a declared parameter it is not given), so empty ones are not sent and
 * do not count against the per-call limit: a command may declare 20 parameters while a run
 * may pass only 10.
 */
export function passedParameters(entries: readonly ParameterEntry[]): ParameterEntry[] {
  return entries.filter((entry) => entry.value !== '');
}

/** The size meter's figure: what the content weighs once the values are filled in. */
export function measureContent(
  command: Pick<InvokeCommandInfo, 'content' | 'enableParameter'>,
  entries: readonly ParameterEntry[],
  limits: Pick<Limits, 'contentBase64Bytes'>,
): ContentSize {
  const content = command.enableParameter
    ? substituteParameters(command.content, Object.fromEntries(entries.map((entry) => [entry.name, entry.value])))
    : command.content;
  const base64Bytes = base64EncodedLength(content);
  return { base64Bytes, limit: limits.contentBase64Bytes, fits: base64Bytes <= limits.contentBase64Bytes };
}

/** Parameters: allowed at all, well formed, declared, few enough, and small enough with the content. */
export function parameterRules(draft: InvokeDraft, { command, limits }: InvokeContext): RuleIssue[] {
  // Without the command the draft names there is nothing to check against; that is reported elsewhere.
  if (command?.commandId !== draft.commandId) return [];
  if (!command.enableParameter && draft.parameters.length > 0) {
    const count = draft.parameters.length;
    return [
      {
        path: ['parameters'],
        code: 'Parameter.Disabled',
        message: draft.script
          ? `Parameters: this script runs without custom parameters, so it takes none. Turn parameters on for the script, or remove the ${count} parameter${count === 1 ? '' : 's'}.`
          : `Parameters: command ${command.name} was created without custom parameters, so it takes none. Remove the ${count} parameter${count === 1 ? '' : 's'}.`,
      },
      ...contentRules(command, [], limits, draft.script !== undefined),
    ];
  }
  return [
    ...entryRules(draft.parameters, command, limits),
    ...referenceRules(draft.parameters),
    ...requiredRules(draft.parameters, command),
    ...countRules(draft.parameters, limits),
    ...contentRules(command, draft.parameters, limits, draft.script !== undefined),
  ];
}

/** A value written as an OOS reference must be one the agent can resolve: `{{oos-secret:name}}`. */
function referenceRules(entries: readonly ParameterEntry[]): RuleIssue[] {
  return entries.flatMap((entry, index): RuleIssue[] =>
    /^\{\{\s*oos-secret\s*:/.test(entry.value) && !isSecretReference(entry.value)
      ? [
          {
            path: ['parameters', index, 'value'],
            code: 'InvalidParameter.Parameters',
            message: `${entry.name}: name the OOS secret parameter (letters, digits, . _ - /), as in {{oos-secret:db-password}}.`,
          },
        ]
      : [],
  );
}

/** The API lets a declared parameter go empty; a command that marks one Required does not. */
function requiredRules(entries: readonly ParameterEntry[], command: InvokeCommandInfo): RuleIssue[] {
  const required = new Set(command.parameterDefinitions.filter((definition) => definition.required).map((definition) => definition.name.toLowerCase()));
  return entries.flatMap((entry, index): RuleIssue[] =>
    required.has(entry.name.toLowerCase()) && entry.value === ''
      ? [{ path: ['parameters', index, 'value'], code: 'MissingParameter.Parameters', message: `${entry.name} is required by command ${command.name}. Enter a value.` }]
      : [],
  );
}

function entryRules(entries: readonly ParameterEntry[], command: InvokeCommandInfo, limits: Limits): RuleIssue[] {
  const declared = new Set(command.parameterNames.map((name) => name.toLowerCase()));
  const seen = new Set<string>();
  const issues: RuleIssue[] = [];
  entries.forEach(({ name }, index) => {
    const path = ['parameters', index, 'name'];
    const length = charLength(name);
    if (length === 0 || length > limits.parameterKeyLength) {
      issues.push({
        path,
        code: 'ParameterKey.ExceedLimit',
        message:
          length === 0
            ? `Parameter ${index + 1} has no name. Give it a name or remove it.`
            : `Parameter name "${name.slice(0, 24)}…" is ${length} characters; the limit is ${limits.parameterKeyLength}. Shorten it.`,
      });
      return;
    }
    const folded = name.toLowerCase();
    if (seen.has(folded)) {
      issues.push({ path, code: 'ParameterKey.Duplicate', message: `Parameter "${name}" is given twice (names ignore case). Remove one.` });
      return;
    }
    seen.add(folded);
    if (!declared.has(folded)) {
      const list = command.parameterNames.length > 0 ? `Its parameters are: ${command.parameterNames.join(', ')}.` : 'It declares none.';
      issues.push({
        path,
        code: 'Parameter.NotMatched',
        message: `Parameter "${name}" is not declared by command ${command.name}. ${list} Remove it.`,
      });
    }
  });
  return issues;
}

function countRules(entries: readonly ParameterEntry[], limits: Limits): RuleIssue[] {
  const passed = passedParameters(entries).length;
  if (passed <= limits.parametersPerCall) return [];
  return [
    {
      path: ['parameters'],
      code: 'ParameterCount.ExceedLimit',
      message: `Parameters: ${passed} have values, but at most ${limits.parametersPerCall} can be passed in one run. Leave the ones you do not need empty.`,
    },
  ];
}

function contentRules(command: InvokeCommandInfo, entries: readonly ParameterEntry[], limits: Limits, isScript: boolean): RuleIssue[] {
  const size = measureContent(command, entries, limits);
  if (size.fits) return [];
  const bytes = (count: number) => `${formatNumber(count)} bytes`;
  const over = bytes(size.base64Bytes - size.limit);
  const details = { base64Bytes: size.base64Bytes, limit: size.limit };
  // Blame the command when it is too big on its own; otherwise the values pushed it over.
  if (!measureContent(command, [], limits).fits && isScript) {
    return [
      {
        path: ['script', 'content'],
        code: 'CmdContent.ExceedLimit',
        message: `Script is ${bytes(size.base64Bytes)} in Base64, ${over} over the ${bytes(size.limit)} limit. Shorten it, or save the work in a file the script downloads.`,
        details,
      },
    ];
  }
  if (!measureContent(command, [], limits).fits) {
    return [
      {
        path: ['commandId'],
        code: 'CmdContent.ExceedLimit',
        message: `Command ${command.name} is ${bytes(size.base64Bytes)} in Base64, ${over} over the ${bytes(size.limit)} limit. Shorten the command or choose another.`,
        details,
      },
    ];
  }
  return [
    {
      path: ['parameters'],
      code: 'CmdContent.ExceedLimit',
      message: `Parameters: with these values the command content is ${bytes(size.base64Bytes)} in Base64, ${over} over the ${bytes(size.limit)} limit. Shorten the values.`,
      details,
    },
  ];
}
