/**
 * Custom parameters in Cloud Assistant command content: `{{name}}` placeholders.
 * Names use letters, digits, `-` and `_`, are case-insensitive, and may carry
 * white space inside the braces. `{{ACS::X}}` built-ins and `{{oos:…}}` /
 * `{{oos-secret:…}}` Parameter Store references are not custom parameters.
 */

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_-]+)\s*\}\}/g;

/** The custom parameter names a command declares, first spelling kept, in order of appearance. */
export function extractParameterNames(content: string): string[] {
  const seen = new Map<string, string>();
  for (const match of content.matchAll(PLACEHOLDER)) {
    const name = match[1];
    if (name !== undefined && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  }
  return [...seen.values()];
}

/**
 * Replace every custom placeholder by its value (matched case-insensitively); a declared
 * parameter with no value becomes the empty string, as the API does.
 */
export function substituteParameters(content: string, values: Readonly<Record<string, string>>): string {
  const byKey = new Map(Object.entries(values).map(([key, value]) => [key.toLowerCase(), value]));
  return content.replace(PLACEHOLDER, (_whole, name: string) => byKey.get(name.toLowerCase()) ?? '');
}


/**
 * Keys that appear more than once at the top level of a JSON object text, compared
 * case-insensitively (parameter names are). `JSON.parse` silently keeps the last one,
 * so the raw text is scanned. Returns null when the text is not a JSON object.
 */
export function findDuplicateJsonKeys(raw: string): string[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const key of topLevelKeys(raw)) {
    const folded = key.toLowerCase();
    if (seen.has(folded)) duplicates.add(key);
    seen.add(folded);
  }
  return [...duplicates];
}

/** Scan a JSON object's text (already known to be valid) and yield its top-level keys. */
function* topLevelKeys(raw: string): Generator<string> {
  let depth = 0;
  let expectKey = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '"') {
      const end = endOfString(raw, i);
      if (depth === 1 && expectKey) {
        yield JSON.parse(raw.slice(i, end + 1)) as string;
        expectKey = false;
      }
      i = end;
    } else if (ch === '{' || ch === '[') {
      depth++;
      if (depth === 1 && ch === '{') expectKey = true;
    } else if (ch === '}' || ch === ']') {
      depth--;
    } else if (ch === ',' && depth === 1) {
      expectKey = true;
    }
  }
}

function endOfString(raw: string, start: number): number {
  for (let i = start + 1; i < raw.length; i++) {
    if (raw[i] === '\\') i++;
    else if (raw[i] === '"') return i;
  }
  return raw.length - 1;
}
