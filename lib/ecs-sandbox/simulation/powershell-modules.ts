/**
 * Which PowerShell modules a simulated Windows instance has: those Windows Server ships with.
 * Anything else (ActiveDirectory, WebAdministration, SqlServer, Az…) is missing everywhere, so
 * a script that needs one fails the same way on every host, as PowerShell words it: the API has
 * no code of its own for it, only ExitCodeNonzero and this text in the output.
 */
const INSTALLED = new Set(
  [
    'Microsoft.PowerShell.Management',
    'Microsoft.PowerShell.Utility',
    'Microsoft.PowerShell.Security',
    'Microsoft.PowerShell.Archive',
    'Microsoft.PowerShell.Diagnostics',
    'CimCmdlets',
    'PSReadLine',
    'PowerShellGet',
    'PackageManagement',
    'NetTCPIP',
    'NetAdapter',
    'NetSecurity',
    'DnsClient',
    'ScheduledTasks',
    'ServerManager',
    'Storage',
    'SmbShare',
    'BitsTransfer',
    'Defender',
    'International',
  ].map((name) => name.toLowerCase()),
);

export function isModuleInstalled(name: string): boolean {
  return INSTALLED.has(name.toLowerCase());
}

/** Modules named by `#Requires -Modules A, B` lines (names only; version tables are read by their ModuleName). */
export function requiredModules(content: string): string[] {
  const names: string[] = [];
  for (const match of content.matchAll(/^\s*#requires\s+-modules?\s+(.+)$/gim)) {
    const list = match[1] ?? '';
    const tabled = [...list.matchAll(/ModuleName\s*=\s*["']?([\w.-]+)/gi)].map((entry) => entry[1] ?? '');
    names.push(...(tabled.length ? tabled : list.split(',').map((name) => name.trim().replace(/^["']|["']$/g, ''))).filter(Boolean));
  }
  return names;
}

/** What PowerShell prints when a script's #Requires names modules the host does not have; nothing of the script runs. */
export function requiresFailure(scriptName: string, missing: readonly string[]): string[] {
  return [
    `The script '${scriptName}' cannot be run because the following modules that are specified by the "#requires" statements of the script are missing: ${missing.join(', ')}.`,
    '    + CategoryInfo          : ResourceUnavailable: (' + scriptName + ':String) [], ScriptRequiresException',
    '    + FullyQualifiedErrorId : ScriptRequiresMissingModules',
  ];
}

/** The module an `Import-Module` line asks for, when the host does not have it. */
export function missingImport(line: string): string | null {
  const match = /^Import-Module\s+(?:-Name\s+)?["']?([\w.-]+)["']?/i.exec(line);
  const name = match?.[1];
  return name && !name.startsWith('-') && !isModuleInstalled(name) ? name : null;
}

/** PowerShell's error record for an Import-Module of a module that is not installed. */
export function importFailure(name: string): string[] {
  return [
    `Import-Module : The specified module '${name}' was not loaded because no valid module file was found in any module directory.`,
    '    + CategoryInfo          : ResourceUnavailable: (' + name + ':String) [Import-Module], FileNotFoundException',
    '    + FullyQualifiedErrorId : Modules_ModuleNotFound,Microsoft.PowerShell.Commands.ImportModuleCommand',
  ];
}
