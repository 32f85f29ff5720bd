import type { CommandType } from '../state/types';
import type { ScriptContext, ScriptResult } from './script-context';
import { simulateShell } from './script-shell';
import { simulateWindows } from './script-windows';

export type { ScriptContext, ScriptResult } from './script-context';

/** The simulated outcome of running `content` (parameters already substituted). */
export function simulateScript(type: CommandType, content: string, ctx: ScriptContext): ScriptResult {
  if (type === 'RunShellScript') return simulateShell(content, ctx);
  return simulateWindows(content, type === 'RunBatScript' ? 'bat' : 'powershell', ctx);
}

/** Substitute the `{{ACS::…}}` built-ins the agent fills in on each instance. */
export function substituteBuiltIns(
  content: string,
  values: { regionId: string; instanceId: string; instanceName: string; invokeId: string; commandId: string },
): string {
  const table: Record<string, string> = {
    regionid: values.regionId,
    instanceid: values.instanceId,
    instancename: values.instanceName,
    invokeid: values.invokeId,
    commandid: values.commandId,
    accountid: '1234567890123456',
  };
  return content.replace(/\{\{\s*ACS\s*::\s*([\w.-]+)\s*\}\}/g, (whole, name: string) => table[name.toLowerCase()] ?? whole);
}
