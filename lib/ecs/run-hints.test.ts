import { describe, expect, it } from 'vitest';

import { missingPowerShellModules, runHint } from './error-hints';

/** Issue 14, item 8: a PowerShell run that needs a module the instance lacks says which one. */
describe('missing PowerShell modules', () => {
  const importFailed = [
    "Import-Module : The specified module 'ActiveDirectory' was not loaded because no valid module file was found in any module directory.",
    '    + FullyQualifiedErrorId : Modules_ModuleNotFound,Microsoft.PowerShell.Commands.ImportModuleCommand',
  ].join('\r\n');

  it('reads the module from Import-Module’s error, from #Requires and from a cmdlet whose module would not load', () => {
    expect(missingPowerShellModules(importFailed)).toEqual(['ActiveDirectory']);
    expect(
      missingPowerShellModules(`The script 'x.ps1' cannot be run because the following modules that are specified by the "#requires" statements of the script are missing: SqlServer, Az.Accounts.\n`),
    ).toEqual(['SqlServer', 'Az.Accounts']);
    expect(missingPowerShellModules("The 'Get-WebSite' command was found in the module 'WebAdministration', but the module could not be loaded.")).toEqual(['WebAdministration']);
    expect(missingPowerShellModules(`${importFailed}\n${importFailed}`)).toEqual(['ActiveDirectory']);
    expect(missingPowerShellModules('All good\n')).toEqual([]);
  });

  it('turns them into a hint that names the modules; PowerShell itself missing has its own', () => {
    expect(runHint({ errorCode: 'ExitCodeNonzero', errorInfo: 'exit code 1', output: importFailed })).toMatch(/^This PowerShell script needs the module ActiveDirectory, not installed on this instance\./);
    expect(runHint({ errorCode: 'ExecutionException', errorInfo: 'PowershellNotFound: exec: "powershell": executable file not found', output: '' })).toMatch(/found no PowerShell/);
    expect(runHint({ errorCode: 'ExitCodeNonzero', errorInfo: '', output: 'disk full' })).toBeNull();
  });
});
