import { DEFAULT_LIMITS, type Limits } from '@/lib/invoke/limits';
import { base64EncodedLength, utf8ByteLength } from '@/lib/invoke/text-length';

/**
 * What Cloud Assistant makes of the `{{…}}` in a script run with EnableParameter (reference §5):
 * custom names use letters, digits, `-` and `_`, case-insensitively, with white space allowed
 * around them; `{{ACS::X}}` are built-ins the agent fills in (its pattern spells `ACS` in
 * capitals); `{{oos:x}}` and `{{oos-secret:x}}` come from the Parameter Store. Anything else in
 * double braces stays in the script as written.
 */

/** Custom and built-in parameters together, per command (Alibaba's current docs). */
export const MAX_SCRIPT_PARAMETERS = 20;

/** The built-ins the agent substitutes in command content. */
export const BUILT_IN_PARAMETERS = ['RegionId', 'AccountId', 'InstanceId', 'InstanceName', 'InvokeId', 'CommandId'] as const;

export type PlaceholderKind = 'custom' | 'builtin' | 'store' | 'literal';

export interface Placeholder {
  kind: PlaceholderKind;
  /** Offsets in the script, braces included. */
  from: number;
  to: number;
  /** The text inside the braces without its surrounding white space (`ACS::InstanceId`, `port`). */
  name: string;
}

export type ScriptParameterCode = 'ParameterCount.ExceedLimit' | 'ParameterKey.ExceedLimit' | 'Parameter.NotRecognized';

export interface ScriptParameterProblem {
  code: ScriptParameterCode;
  /** `error`: the API would refuse the run; `warning`: it runs, but not as the braces suggest. */
  severity: 'error' | 'warning';
  /** The braces as written, first occurrence. */
  placeholder: string;
  from: number;
  to: number;
  message: string;
}

export interface ScriptParameters {
  /** Custom parameter names in order of first appearance, first spelling kept, each once. */
  names: string[];
  /** Built-ins used, as `ACS::Name`, each once. */
  builtIns: string[];
  problems: ScriptParameterProblem[];
}

// Double braces around anything without braces; the kind is decided by what is inside.
const CANDIDATE = /\{\{([^{}]*)\}\}/g;
const CUSTOM = /^[A-Za-z0-9_-]+$/;
const BUILT_IN = /^ACS\s*::\s*([\w.-]+)$/;
const STORE = /^oos(?:-secret)?\s*:\s*\S/;

/** Every `{{…}}` in the script, in order, with what Cloud Assistant makes of it. */
export function scanPlaceholders(script: string): Placeholder[] {
  const found: Placeholder[] = [];
  for (const match of script.matchAll(CANDIDATE)) {
    const from = match.index;
    const name = (match[1] ?? '').trim();
    found.push({ kind: kindOf(name), from, to: from + match[0].length, name });
  }
  return found;
}

function kindOf(name: string): PlaceholderKind {
  if (CUSTOM.test(name)) return 'custom';
  if (BUILT_IN.test(name)) return 'builtin';
  if (STORE.test(name)) return 'store';
  return 'literal';
}

export interface ScriptParameterOptions {
  maxParameters?: number;
  maxNameBytes?: number;
}

/** The script's parameters and what is wrong with them, each problem naming its placeholder. */
export function analyzeScriptParameters(
  script: string,
  { maxParameters = MAX_SCRIPT_PARAMETERS, maxNameBytes = DEFAULT_LIMITS.parameterKeyLength }: ScriptParameterOptions = {},
): ScriptParameters {
  const names = new Map<string, string>();
  const builtIns = new Map<string, string>();
  const problems: ScriptParameterProblem[] = [];
  const reported = new Set<string>();
  const report = (placeholder: Placeholder, code: ScriptParameterCode, severity: ScriptParameterProblem['severity'], message: string) => {
    const text = script.slice(placeholder.from, placeholder.to);
    if (reported.has(`${code} ${text}`)) return;
    reported.add(`${code} ${text}`);
    problems.push({ code, severity, placeholder: text, from: placeholder.from, to: placeholder.to, message });
  };

  for (const placeholder of scanPlaceholders(script)) {
    const shown = `{{${placeholder.name}}}`;
    if (placeholder.kind === 'custom') {
      const key = placeholder.name.toLowerCase();
      if (!names.has(key)) names.set(key, placeholder.name);
      const bytes = utf8ByteLength(placeholder.name);
      if (bytes > maxNameBytes) {
        report(placeholder, 'ParameterKey.ExceedLimit', 'error', `Parameter ${shortened(shown)}: its name is ${bytes} characters; a name is at most ${maxNameBytes}, so it could not be given a value.`);
      }
    } else if (placeholder.kind === 'builtin') {
      const builtIn = builtInName(placeholder.name);
      if (builtIn) builtIns.set(builtIn.toLowerCase(), `ACS::${builtIn}`);
      else report(placeholder, 'Parameter.NotRecognized', 'warning', `${shortened(shown)} is not a built-in parameter (${BUILT_IN_PARAMETERS.map((name) => `ACS::${name}`).join(', ')}); the agent fails the run on an unknown one.`);
    } else if (placeholder.kind === 'literal') {
      report(placeholder, 'Parameter.NotRecognized', 'warning', literalMessage(shortened(shown), placeholder.name));
    }
  }

  const total = names.size + builtIns.size;
  if (total > maxParameters) {
    const over = [...names.values()].slice(Math.max(0, maxParameters - builtIns.size));
    const first = scanPlaceholders(script).find((placeholder) => placeholder.kind === 'custom' && placeholder.name.toLowerCase() === over[0]?.toLowerCase());
    problems.push({
      code: 'ParameterCount.ExceedLimit',
      severity: 'error',
      placeholder: first ? script.slice(first.from, first.to) : '',
      from: first?.from ?? 0,
      to: first?.to ?? 0,
      message: `The script has ${total} parameters${builtIns.size ? `, built-ins included` : ''}; a command takes at most ${maxParameters}. Remove ${total - maxParameters}: ${over.slice(0, total - maxParameters).map((name) => `{{${name}}}`).join(', ')}.`,
    });
  }
  return { names: [...names.values()], builtIns: [...builtIns.values()], problems };
}

/** The documented spelling of a built-in (`ACS :: instanceid` is `InstanceId`), or null. */
function builtInName(inner: string): string | null {
  const name = BUILT_IN.exec(inner)?.[1]?.toLowerCase();
  return BUILT_IN_PARAMETERS.find((known) => known.toLowerCase() === name) ?? null;
}

function literalMessage(shown: string, inner: string): string {
  if (inner === '') return `${shown} is empty, so it is not a parameter: it stays in the script as written.`;
  if (/^ACS\s*::/.test(inner)) return `${shown} is not a built-in parameter the agent fills in: it stays in the script as written.`;
  if (/^acs\s*::/i.test(inner)) return `${shown} is not replaced: built-in parameters are spelled ACS:: in capitals, and acs:: is reserved for them.`;
  return `${shown} is not a parameter: a name uses only letters, digits, - and _, so it stays in the script as written.`;
}

function shortened(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 48 ? `${flat.slice(0, 45)}…}}` : flat;
}

export interface ScriptSize {
  /** UTF-8 bytes as written. */
  bytes: number;
  /** Bytes of its Base64 form, which is what the API's limit counts. */
  base64Bytes: number;
  limit: number;
  fits: boolean;
}

/** The script's size against the content limit (before any parameter value is filled in). */
export function scriptSize(script: string, limits: Pick<Limits, 'contentBase64Bytes'> = DEFAULT_LIMITS): ScriptSize {
  const base64Bytes = base64EncodedLength(script);
  return { bytes: utf8ByteLength(script), base64Bytes, limit: limits.contentBase64Bytes, fits: base64Bytes <= limits.contentBase64Bytes };
}
