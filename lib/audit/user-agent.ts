/**
 * A user agent in a few words for the audit list ("Chrome 131 on Linux", "curl 8.5"); the
 * full string stays one click away. Order matters: Edge and Opera also say Chrome, and
 * Chrome also says Safari.
 */
const BROWSERS: readonly [RegExp, string][] = [
  [/\bEdg(?:e|A|iOS)?\/(\d+)/, 'Edge'],
  [/\bOPR\/(\d+)/, 'Opera'],
  [/\bFirefox\/(\d+)/, 'Firefox'],
  [/\bFxiOS\/(\d+)/, 'Firefox'],
  [/\bHeadlessChrome\/(\d+)/, 'Headless Chrome'],
  [/\bCriOS\/(\d+)/, 'Chrome'],
  [/\bChrom(?:e|ium)\/(\d+)/, 'Chrome'],
  [/\bVersion\/(\d+)[\d.]* (?:Mobile\/\S+ )?Safari\//, 'Safari'],
];

const SYSTEMS: readonly [RegExp, string][] = [
  [/\b(?:iPhone|iPad|iPod)\b/, 'iOS'],
  [/\bAndroid\b/, 'Android'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bWindows\b/, 'Windows'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bLinux\b/, 'Linux'],
];

export function describeUserAgent(userAgent: string | null): string | null {
  const text = userAgent?.trim();
  if (!text) return null;
  const system = SYSTEMS.find(([pattern]) => pattern.test(text))?.[1];
  for (const [pattern, name] of BROWSERS) {
    const version = pattern.exec(text)?.[1];
    if (version) return system ? `${name} ${version} on ${system}` : `${name} ${version}`;
  }
  // A tool rather than a browser (curl/8.5.0, python-requests/2.32): its own name and version.
  const tool = /^([\w.-]{1,30})\/(\d+(?:\.\d+)?)/.exec(text);
  if (tool && tool[1] !== 'Mozilla') return `${tool[1]} ${tool[2]}`;
  return text.length > 28 ? `${text.slice(0, 27)}…` : text;
}
