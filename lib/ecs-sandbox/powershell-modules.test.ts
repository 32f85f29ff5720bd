import * as $Ecs from '@alicloud/ecs20140526';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { RunningSandbox } from './server';
import { ecsClient } from './testing/clients';
import { advance, setClock, testSandbox } from './testing/harness';
import { decode, results } from './testing/invocations';
import { instanceIds, pick } from './testing/lookup';

/**
 * A PowerShell script that needs a module the instance lacks, over the SDK: the API reports
 * no code of its own for it, only the run's exit code (ExitCodeNonzero) and PowerShell's
 * error record in the output, and the sandbox answers the same for every simulated host.
 */
let sandbox: RunningSandbox;
let client: ReturnType<typeof ecsClient>;
let instances: Map<string, string>;

beforeAll(async () => {
  sandbox = await testSandbox({ seedHistory: false });
  client = ecsClient(sandbox);
  instances = await instanceIds(client);
  await setClock(sandbox, '2026-12-07T10:00:00Z');
});
afterAll(() => sandbox.close());

async function runPowerShell(content: string) {
  const invokeId = (await client.runCommand(new $Ecs.RunCommandRequest({ regionId: 'cn-shanghai', type: 'RunPowerShellScript', commandContent: content, instanceId: pick(instances, 'win-app-prod-05') }))).body?.invokeId ?? '';
  await advance(sandbox, '2m');
  const [row] = (await results(client, { invokeId })).rows;
  return { status: row?.invocationStatus, exitCode: row?.exitCode, errorCode: row?.errorCode, output: decode(row?.output) };
}

describe('a PowerShell module the instance lacks', () => {
  it('stops a script at Import-Module -ErrorAction Stop with PowerShell’s error record and exit code 1', async () => {
    const run = await runPowerShell("Import-Module ActiveDirectory -ErrorAction Stop\nGet-ADUser -Filter *\nWrite-Output 'never'");
    expect([run.status, run.exitCode, run.errorCode]).toEqual(['Failed', 1, 'ExitCodeNonzero']);
    expect(run.output).toContain("Import-Module : The specified module 'ActiveDirectory' was not loaded because no valid module file was found in any module directory.");
    expect(run.output).not.toContain('never');
  });

  it('goes on after a failed Import-Module without Stop, as PowerShell does, and says so in the output', async () => {
    const run = await runPowerShell("Import-Module WebAdministration\nWrite-Output 'carried on'");
    expect([run.status, run.exitCode]).toEqual(['Success', 0]);
    expect(run.output).toMatch(/The specified module 'WebAdministration' was not loaded[\s\S]*carried on/);
  });

  it('runs nothing of a script whose #Requires names a missing module', async () => {
    const run = await runPowerShell("#Requires -Modules SqlServer, NetTCPIP\nWrite-Output 'ran'");
    expect([run.status, run.exitCode, run.errorCode]).toEqual(['Failed', 1, 'ExitCodeNonzero']);
    expect(run.output).toContain('specified by the "#requires" statements of the script are missing: SqlServer.');
    expect(run.output).not.toContain('ran');
  });

  it('loads the modules Windows Server ships with', async () => {
    const run = await runPowerShell("Import-Module ScheduledTasks -ErrorAction Stop\nWrite-Output 'ok'");
    expect([run.status, run.output]).toEqual(['Success', 'ok\n']);
  });
});
