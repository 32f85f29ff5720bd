import type { ScriptContext, ScriptResult, StepResult } from './script-context';
import { importFailure, isModuleInstalled, missingImport, requiredModules, requiresFailure } from './powershell-modules';
import { unquote } from './script-shell';

/** Windows account names as `whoami` prints them. */
function whoami(ctx: ScriptContext): string {
  return ctx.username.toLowerCase() === 'system' ? 'nt authority\\system' : `${ctx.instance.hostName.toLowerCase()}\\${ctx.username}`;
}

function expand(text: string, ctx: ScriptContext): string {
  return text
    .replace(/\$env:COMPUTERNAME|%COMPUTERNAME%|\$\(hostname\)/gi, ctx.instance.hostName)
    .replace(/\$env:USERNAME|%USERNAME%/gi, ctx.username)
    .replace(/\$\(whoami\)/gi, whoami(ctx))
    .replace(/\$\(Get-Date[^)]*\)|%DATE%/gi, new Date(ctx.startedAt).toUTCString());
}

function cannedWindows(command: string, args: string, ctx: ScriptContext): StepResult {
  const name = /(?:-Name\s+)?["']?([\w.-]+)["']?/i.exec(args)?.[1] ?? 'Service';
  switch (command.toLowerCase()) {
    case 'hostname':
      return { lines: [ctx.instance.hostName] };
    case 'whoami':
      return { lines: [whoami(ctx)] };
    case 'ipconfig':
      return args.toLowerCase().includes('/flushdns') ? { lines: ['', 'Windows IP Configuration', '', 'Successfully flushed the DNS Resolver Cache.'] } : { lines: ['', 'Windows IP Configuration', '', `   IPv4 Address. . . . . . . . . . . : ${ctx.instance.privateIp}`] };
    case 'get-service':
      return { lines: ['', 'Status   Name               DisplayName', '------   ----               -----------', `Running  ${name.padEnd(18)} ${name}`, ''] };
    case 'get-psdrive':
      return { lines: ['', 'Name           Used (GB)     Free (GB) Provider      Root', '----           ---------     --------- --------      ----', `C                  ${ctx.rng.int(20, 60)}.42         ${ctx.rng.int(20, 80)}.17 FileSystem    C:\\`, ''] };
    case 'net':
      return /^start\s/i.test(args) ? { lines: [`The ${name} service was started successfully.`] } : {};
    case 'get-date':
      return { lines: [new Date(ctx.startedAt).toUTCString()] };
    case 'expand-archive':
    case 'copy-item':
      return { seconds: 2 };
    default:
      return {};
  }
}

/** PowerShell and batch scripts, read the same way as shell scripts (see script-shell.ts). */
export function simulateWindows(content: string, kind: 'powershell' | 'bat', ctx: ScriptContext): ScriptResult {
  const result: ScriptResult = { lines: [], exitCode: 0, seconds: 0, freesDisk: false };
  if (kind === 'powershell') {
    const missing = requiredModules(content).filter((name) => !isModuleInstalled(name));
    if (missing.length) return { ...result, lines: requiresFailure(SCRIPT_FILE, missing), exitCode: 1 };
  }
  // Errors stop the script only under $ErrorActionPreference = 'Stop' or -ErrorAction Stop, as in PowerShell.
  let stopOnError = false;
  let depth = 0;
  for (const rawLine of content.split(/\r?\n/)) {
    const line = expand(rawLine.trim(), ctx);
    if (!line || line.startsWith('#') || /^(@?echo\s+off|rem\b|::)/i.test(line)) continue;
    if (depth > 0 || /^(if|foreach|for|while|switch|try|function)\b.*\{\s*$/i.test(line)) {
      depth += (line.match(/\{/g) ?? []).length - (line.match(/\}/g) ?? []).length;
      continue;
    }
    const exit = /^exit(?:\s+\/b)?(?:\s+(-?\d+))?\s*$/i.exec(line);
    if (exit) {
      result.exitCode = Number(exit[1] ?? result.exitCode);
      return result;
    }
    const thrown = /^throw\s+(.*)$/i.exec(line);
    if (thrown) {
      result.lines.push(unquote(thrown[1] ?? ''));
      result.exitCode = 1;
      return result;
    }
    if (kind === 'powershell' && /^\$ErrorActionPreference\s*=\s*['"]?Stop['"]?\s*$/i.test(line)) stopOnError = true;
    const notInstalled = kind === 'powershell' ? missingImport(line) : null;
    if (notInstalled) {
      result.lines.push(...importFailure(notInstalled));
      if (stopOnError || /\s-(ErrorAction|EA)\s+['"]?Stop\b/i.test(line)) {
        result.exitCode = 1;
        return result;
      }
      continue;
    }
    const [command = '', ...rest] = line.split(/\s+/);
    const args = rest.join(' ');
    let step: StepResult;
    if (/^(Write-Output|Write-Host|echo)$/i.test(command)) step = { lines: [unquote(args.replace(/^-Object\s+/i, ''))] };
    else if (/^Start-Sleep$/i.test(command)) step = { seconds: sleepSeconds(args) };
    else if (/^timeout$/i.test(command)) step = { seconds: Number(/\/t\s+(\d+)/i.exec(args)?.[1] ?? 0) };
    else if (/^\$/.test(command)) step = {};
    else step = cannedWindows(command, args, ctx);
    result.lines.push(...(step.lines ?? []));
    result.seconds += step.seconds ?? 0;
    if (kind === 'bat' && step.exitCode) result.exitCode = step.exitCode;
  }
  return result;
}

/** The name PowerShell's messages give the script the agent saved. */
const SCRIPT_FILE = 'C:\\ProgramData\\aliyun\\assist\\work\\script\\invocation.ps1';

function sleepSeconds(args: string): number {
  const ms = /-Milliseconds\s+(\d+)/i.exec(args);
  if (ms) return Number(ms[1]) / 1000;
  return Number(/(\d+(?:\.\d+)?)/.exec(args)?.[1] ?? 0);
}
