import { extractParameterNames } from '@/lib/invoke/parameters';
import { DEFAULT_LIMITS } from '@/lib/invoke/limits';
import { base64EncodedLength, charLength } from '@/lib/invoke/text-length';
import type { CommandType } from '@/lib/invoke/types';

import type { CommandIssue } from './codes';
import { formatNumber } from '@/lib/format';

/** CreateCommand's limits as the current API reference states them (alibaba-ecs-api.md, CreateCommand). */
export const COMMAND_LIMITS = {
  nameLength: 128,
  descriptionLength: 512,
  workingDirLength: DEFAULT_LIMITS.workingDirLength,
  minTimeoutSeconds: DEFAULT_LIMITS.minTimeoutSeconds,
  maxTimeoutSeconds: 86_400,
  /** What CreateCommand uses when Timeout is not sent. */
  defaultTimeoutSeconds: 60,
  definedParameters: 20,
  contentBase64Bytes: DEFAULT_LIMITS.contentBase64Bytes,
} as const;

export type CommandLimits = typeof COMMAND_LIMITS;

/** The fields ModifyCommand can change: everything else about a command is fixed once saved. */
export interface CommandDetailsFields {
  name: string;
  description: string;
  workingDir: string;
  /** Seconds as typed; empty keeps the default (create) or the current value (modify). */
  timeout: string;
}

export interface CommandFields extends CommandDetailsFields {
  type: CommandType;
  content: string;
  enableParameter: boolean;
}

/** Rules for the fields both CreateCommand and ModifyCommand take. */
export function detailsRules(fields: CommandDetailsFields, limits: CommandLimits = COMMAND_LIMITS): CommandIssue[] {
  const issues: CommandIssue[] = [];
  if (fields.name.trim() === '') {
    issues.push({ path: ['name'], code: 'MissingParameter.Name', message: 'Name is required.' });
  } else if (charLength(fields.name) > limits.nameLength) {
    issues.push({ path: ['name'], code: 'InvalidParameter.Name', message: `Name: at most ${limits.nameLength} characters; this one has ${charLength(fields.name)}.` });
  }
  if (charLength(fields.description) > limits.descriptionLength) {
    issues.push({ path: ['description'], code: 'InvalidParameter.Description', message: `Description: at most ${limits.descriptionLength} characters; this one has ${charLength(fields.description)}.` });
  }
  if (charLength(fields.workingDir) > limits.workingDirLength) {
    issues.push({ path: ['workingDir'], code: 'InvalidParameter.WorkingDir', message: `Working directory: at most ${limits.workingDirLength} characters.` });
  }
  const timeout = fields.timeout.trim();
  if (timeout !== '') {
    const seconds = /^\d{1,6}$/.test(timeout) ? Number(timeout) : Number.NaN;
    if (!(seconds >= limits.minTimeoutSeconds && seconds <= limits.maxTimeoutSeconds)) {
      issues.push({
        path: ['timeout'],
        code: 'InvalidParameter.Timeout',
        message: `Timeout: a whole number of seconds from ${limits.minTimeoutSeconds} to ${formatNumber(limits.maxTimeoutSeconds)}.`,
      });
    }
  }
  return issues;
}

/** Every CreateCommand rule a new command breaks. */
export function commandRules(fields: CommandFields, limits: CommandLimits = COMMAND_LIMITS): CommandIssue[] {
  const issues = detailsRules(fields, limits);
  if (fields.content.trim() === '') {
    issues.push({ path: ['content'], code: 'MissingParameter.CommandContent', message: 'Content is required: the script the command runs.' });
  } else {
    const bytes = base64EncodedLength(fields.content);
    if (bytes > limits.contentBase64Bytes) {
      issues.push({
        path: ['content'],
        code: 'CmdContent.ExceedLimit',
        message: `Content: ${kb(bytes)} once Base64-encoded; the limit is ${kb(limits.contentBase64Bytes)}. Shorten the script or fetch the rest from the instance.`,
      });
    }
  }
  if (fields.enableParameter) {
    const names = extractParameterNames(fields.content);
    if (names.length > limits.definedParameters) {
      issues.push({
        path: ['enableParameter'],
        code: 'ParameterCount.ExceedLimit',
        message: `Parameters: a command may define at most ${limits.definedParameters}; the content has ${names.length} {{…}} names.`,
      });
    }
  }
  return issues;
}

/** The timeout as ECS takes it: undefined when left empty. */
export function timeoutSeconds(typed: string): number | undefined {
  const trimmed = typed.trim();
  return trimmed === '' ? undefined : Number(trimmed);
}

const kb = (bytes: number) => `${formatNumber(Math.round((bytes / 1024) * 10) / 10)} KB`;
