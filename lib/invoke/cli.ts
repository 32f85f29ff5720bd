import { requestAction, toQueryParameters, type MaskedInvokeRequest } from '@/lib/invoke/request';
import { SECRET_MASK } from '@/lib/invoke/secrets';

/** The shells "Copy as CLI" writes for: sh/bash/zsh, and PowerShell 7.3 or newer. */
export type CliShell = 'posix' | 'powershell';

/**
 * The request as an `aliyun` CLI command to paste into a shell, one parameter a line. Takes
 * only a masked request, so no secret can reach it: a masked secret becomes a placeholder to
 * fill in, named in a comment above. `--region` picks the CLI's endpoint. The dashboard's
 * ClientToken is left out: pasted with it, Alibaba would answer with the dashboard's
 * invocation instead of running the command again. A value that starts with "-" is attached
 * with "=", as the CLI would otherwise read it as a flag.
 */
export function toAliyunCli(request: MaskedInvokeRequest, shell: CliShell = 'posix'): string {
  const quote = shell === 'posix' ? shellQuote : powerShellQuote;
  const secrets: string[] = [];
  const flags = toQueryParameters(request)
    .filter(([name]) => name !== 'ClientToken')
    .map(([name, value]) => {
      const text = name === 'Parameters' ? withPlaceholders(value, secrets) : value;
      return value.startsWith('-') ? `  --${name}=${quote(text)}` : `  --${name} ${quote(text)}`;
    });
  const notes = [
    ...(shell === 'powershell' ? ['# PowerShell 7.3 or newer: older versions drop the double quotes inside arguments.'] : []),
    ...secrets.map((name) => `# Replace <secret:${name}> with the value of ${name}: secret values are never shown here.`),
  ];
  const command = [`aliyun ecs ${requestAction(request)} --region ${quote(request.RegionId)}`, ...flags].join(shell === 'posix' ? ' \\\n' : ' `\n');
  return [...notes, command].join('\n');
}

/** The Parameters JSON with each masked value replaced by a placeholder naming it; the names go to `secrets`. */
function withPlaceholders(json: string, secrets: string[]): string {
  let values: unknown;
  try {
    values = JSON.parse(json);
  } catch {
    return json;
  }
  if (!values || typeof values !== 'object') return json;
  const filled = Object.fromEntries(
    Object.entries(values).map(([name, value]) => {
      if (value !== SECRET_MASK) return [name, value];
      secrets.push(name);
      return [name, `<secret:${name}>`];
    }),
  );
  return JSON.stringify(filled);
}

/**
 * Quote for sh/bash/zsh. Plain words pass through; anything else goes in single quotes,
 * inside which nothing ($, `, \, ", spaces, newlines) is special except the quote itself.
 */
export function shellQuote(value: string): string {
  // A leading "=" is quoted too: zsh expands =word to a command's path.
  if (/^[A-Za-z0-9_\-.,:/@%+][A-Za-z0-9_\-.,:/@%+=]*$/.test(value)) return value;
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/**
 * Quote for PowerShell. Fewer words pass bare than in sh (a comma makes an array, @ splats,
 * a leading - or = is read otherwise); single quotes keep everything literal but the single
 * quote, which is doubled (PowerShell also takes the typographic single quotes as quotes).
 */
export function powerShellQuote(value: string): string {
  if (/^[A-Za-z0-9_.:/][A-Za-z0-9_\-.:/]*$/.test(value)) return value;
  return `'${value.replace(/['‘’‚‛]/g, (quote) => quote + quote)}'`;
}
