import { toQueryParameters, type MaskedInvokeRequest } from '@/lib/invoke/request';

/**
 * The request as an `aliyun` CLI command an operator can paste into a POSIX shell: every
 * parameter on its own line. Takes only a masked request, so no secret can reach it.
 */
export function toAliyunCli(request: MaskedInvokeRequest): string {
  const flags = toQueryParameters(request).map(([name, value]) => `  --${name} ${shellQuote(value)}`);
  return ['aliyun ecs InvokeCommand', ...flags].join(' \\\n');
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
