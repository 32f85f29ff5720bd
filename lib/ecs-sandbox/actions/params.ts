import { platformErrors } from '../wire/api-error';

export interface TagFilter {
  key: string;
  value: string | undefined;
}

/** Typed access to an operation's parameters; errors name the parameter, as the API does. */
export class Params {
  constructor(private readonly values: ReadonlyMap<string, string>) {}

  has(name: string): boolean {
    return this.values.has(name);
  }

  string(name: string): string | undefined {
    return this.values.get(name);
  }

  required(name: string): string {
    const value = this.values.get(name);
    if (value === undefined || value.trim() === '') throw platformErrors.missingParameter(name);
    return value;
  }

  bool(name: string): boolean | undefined {
    const value = this.values.get(name);
    if (value === undefined || value === '') return undefined;
    if (/^true$/i.test(value)) return true;
    if (/^false$/i.test(value)) return false;
    throw platformErrors.invalidParameter(name, 'Use true or false.');
  }

  int(name: string, range: { min?: number; max?: number } = {}): number | undefined {
    const value = this.values.get(name);
    if (value === undefined || value === '') return undefined;
    if (!/^-?\d+$/.test(value.trim())) throw platformErrors.invalidParameter(name, 'It must be an integer.');
    const number = Number(value);
    if (range.min !== undefined && number < range.min) throw platformErrors.invalidParameter(name, `The minimum is ${range.min}.`);
    if (range.max !== undefined && number > range.max) throw platformErrors.invalidParameter(name, `The maximum is ${range.max}.`);
    return number;
  }

  /** One of `allowed` (case-sensitive, as the API is), or undefined when absent. */
  oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const value = this.values.get(name);
    if (value === undefined || value === '') return undefined;
    if (!(allowed as readonly string[]).includes(value)) throw platformErrors.invalidParameter(name, `Valid values: ${allowed.join(', ')}.`);
    return value as T;
  }

  /** A RepeatList: `Name.1`, `Name.2`, … in numeric order. */
  list(name: string): string[] {
    const pattern = new RegExp(`^${escapeRegExp(name)}\\.(\\d+)$`);
    const items: Array<[number, string]> = [];
    for (const [key, value] of this.values) {
      const match = pattern.exec(key);
      if (match) items.push([Number(match[1]), value]);
    }
    return items.sort((a, b) => a[0] - b[0]).map(([, value]) => value);
  }

  /** `Tag.N.Key` / `Tag.N.Value` pairs (a key without a value matches any value). */
  tags(name = 'Tag'): TagFilter[] {
    const pattern = new RegExp(`^${escapeRegExp(name)}\\.(\\d+)\\.(Key|Value)$`);
    const byIndex = new Map<number, { key?: string; value?: string }>();
    for (const [key, value] of this.values) {
      const match = pattern.exec(key);
      if (!match) continue;
      const entry = byIndex.get(Number(match[1])) ?? {};
      if (match[2] === 'Key') entry.key = value;
      else entry.value = value;
      byIndex.set(Number(match[1]), entry);
    }
    return [...byIndex.entries()]
      .sort((a, b) => a[0] - b[0])
      .filter(([, entry]) => entry.key !== undefined && entry.key !== '')
      .map(([, entry]) => ({ key: entry.key ?? '', value: entry.value }));
  }

  /** A parameter holding a JSON array of strings, e.g. DescribeInstances' InstanceIds. */
  jsonStrings(name: string, max: number): string[] | undefined {
    const value = this.values.get(name);
    if (value === undefined || value === '') return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      throw platformErrors.invalidParameter(name, 'It must be a JSON array of strings, e.g. ["i-1","i-2"].');
    }
    if (!Array.isArray(parsed) || parsed.some((item) => typeof item !== 'string')) {
      throw platformErrors.invalidParameter(name, 'It must be a JSON array of strings, e.g. ["i-1","i-2"].');
    }
    if (parsed.length > max) throw platformErrors.invalidParameter(name, `At most ${max} values.`);
    return parsed as string[];
  }

  /** A stable text of every parameter: two requests are "the same" when it matches. */
  fingerprint(transform: (name: string, value: string) => string = (_, value) => value): string {
    return [...this.values.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, value]) => `${key}=${transform(key, value)}`)
      .join('&');
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `*` matches any run of characters; everything else is literal (DescribeInstances, DescribeCommands). */
export function wildcardMatcher(pattern: string): (text: string) => boolean {
  if (!pattern.includes('*')) return (text) => text === pattern;
  const regex = new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`, 's');
  return (text) => regex.test(text);
}
