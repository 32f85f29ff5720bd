import type { Command, CommandType, ParameterDefinition } from '../state/types';
import { seededId } from './ids';
import { REGIONS } from './regions';

interface PublicCommandSeed {
  name: string;
  provider: string;
  category: string;
  version: number;
  description: string;
  type: CommandType;
  content: string;
  timeout: number;
  parameters: ParameterDefinition[];
}

const lines = (text: string[]) => text.join('\n');

/**
 * Alibaba's own commands, as DescribeCommands lists them with `Provider`. The names follow
 * the documented `ACS-ECS-…` pattern but are the sandbox's own: the live catalogue could not
 * be read from the stored docs (LIMITATIONS.md). One has two versions, to exercise `Latest`.
 */
const SEEDS: readonly PublicCommandSeed[] = [
  {
    name: 'ACS-ECS-DiskUsageCheck-linux.sh', provider: 'AlibabaCloud.ECS.GuestOS', category: 'Diagnose', version: 1, timeout: 60, type: 'RunShellScript',
    description: 'Show file system usage (first version)', content: lines(['#!/bin/bash', 'df -h']), parameters: [],
  },
  {
    name: 'ACS-ECS-DiskUsageCheck-linux.sh', provider: 'AlibabaCloud.ECS.GuestOS', category: 'Diagnose', version: 2, timeout: 60, type: 'RunShellScript',
    description: 'Show file system and inode usage', content: lines(['#!/bin/bash', 'df -h', 'df -i']), parameters: [],
  },
  {
    name: 'ACS-ECS-ProcessStateCheck-linux.sh', provider: 'AlibabaCloud.ECS.GuestOS', category: 'Diagnose', version: 1, timeout: 60, type: 'RunShellScript',
    description: 'Report whether a process is running', content: lines(['#!/bin/bash', 'echo "Checking {{processName}}"', 'pgrep -a {{processName}}']),
    parameters: [{ name: 'processName', description: 'Name of the process to look for', required: true }],
  },
  {
    name: 'ACS-ECS-InstallPackage-linux.sh', provider: 'AlibabaCloud', category: 'Software', version: 1, timeout: 600, type: 'RunShellScript',
    description: 'Install a package with the system package manager', content: lines(['#!/bin/bash', 'set -e', 'apt-get install -y {{packageName}}', 'echo "Installed {{packageName}}"']),
    parameters: [{ name: 'packageName', description: 'Package to install', required: true }],
  },
  {
    name: 'ACS-ECS-NetworkCheck-windows.ps1', provider: 'AlibabaCloud.ECS.GuestOS', category: 'Diagnose', version: 1, timeout: 120, type: 'RunPowerShellScript',
    description: 'Show network adapters and test a host', content: lines(['Get-NetIPConfiguration', 'Write-Output "Testing {{target}}"']),
    parameters: [{ name: 'target', description: 'Host name or address to test', defaultValue: 'www.aliyun.com', required: false }],
  },
];

/** Public commands of every Cloud Assistant region, with IDs derived from the seed (same after a restart). */
export function publicCommands(seed: number): Command[] {
  const created = Date.UTC(2024, 0, 15);
  return REGIONS.filter((region) => region.cloudAssistant).flatMap((region) => {
    const latest = new Map<string, number>();
    for (const entry of SEEDS) latest.set(entry.name, Math.max(latest.get(entry.name) ?? 0, entry.version));
    return SEEDS.map((entry) => ({
      commandId: seededId('c', region, seed, `public:${entry.name}:v${entry.version}`),
      regionId: region.regionId,
      name: entry.name,
      description: entry.description,
      type: entry.type,
      content: entry.content,
      workingDir: entry.type === 'RunShellScript' ? '/root' : 'C:\\Windows\\system32',
      timeout: entry.timeout,
      enableParameter: entry.parameters.length > 0,
      parameterDefinitions: entry.parameters,
      launcher: '',
      resourceGroupId: '',
      tags: [],
      creationTime: created + entry.version * 86_400_000,
      provider: entry.provider,
      category: entry.category,
      version: entry.version,
      latest: latest.get(entry.name) === entry.version,
    }));
  });
}
