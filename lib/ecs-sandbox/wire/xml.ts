/**
 * Alibaba's XML rendering of a response object: each key is an element, an array
 * repeats its parent's element name (`{ Instance: [a, b] }` → `<Instance>a</Instance>
 * <Instance>b</Instance>`), null and undefined are left out.
 */
export function toXml(rootName: string, value: unknown): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element(rootName, value)}`;
}

function element(name: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((item) => element(name, item)).join('');
  if (typeof value === 'object') {
    const children = Object.entries(value as Record<string, unknown>)
      .map(([key, child]) => element(key, child))
      .join('');
    return `<${name}>${children}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (ch) =>
    ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '&' ? '&amp;' : ch === "'" ? '&apos;' : '&quot;',
  );
}
