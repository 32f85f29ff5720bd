import type { CommandType, ParameterDefinition } from '../state/types';

export interface CommandSeed {
  regionId: string;
  name: string;
  description: string;
  type: CommandType;
  content: string;
  workingDir: string;
  timeout: number;
  parameters?: ParameterDefinition[];
  /** Days before the sandbox was seeded. */
  ageDays: number;
}

const shell = (lines: string[]) => lines.join('\n');

/**
 * Saved commands an operator would have: each Type, with and without parameters, one
 * that fails on a few hosts (patch-web.sh on a full disk), one that runs past its
 * timeout, one whose output passes 24 KB. Scripts are only ever read, never executed.
 */
export const SEED_COMMANDS: readonly CommandSeed[] = [
  {
    regionId: 'cn-shanghai',
    name: 'patch-web.sh',
    description: 'Upgrade packages on a web server and pull the new app image',
    type: 'RunShellScript',
    workingDir: '/root',
    timeout: 300,
    ageDays: 120,
    content: shell([
      '#!/bin/bash',
      '# Patch the web tier: upgrade the listed packages, pull the new app image, reload nginx.',
      'set -euo pipefail',
      'echo "Patching $(hostname) (packages: {{packages}}, image tag: {{image_tag}})"',
      'apt-get update -q',
      'apt-get install -y --only-upgrade {{packages}}',
      'echo "{{registry_token}}" | docker login --username deploy --password-stdin registry.cn-shanghai.aliyuncs.com',
      'docker pull registry.cn-shanghai.aliyuncs.com/storefront/web:{{image_tag}}',
      'systemctl reload nginx',
      'echo "Patch complete on $(hostname)"',
    ]),
    parameters: [
      { name: 'packages', description: 'Packages to upgrade, separated by spaces', defaultValue: 'nginx openssl', required: false },
      { name: 'image_tag', description: 'Tag of the storefront/web image to pull', defaultValue: 'stable', required: false },
      { name: 'registry_token', description: 'Container registry token (secret: never stored in presets)', required: true },
    ],
  },
  {
    regionId: 'cn-shanghai',
    name: 'register-node.sh',
    description: 'Register the node with the service registry (run on every boot)',
    type: 'RunShellScript',
    workingDir: '/root',
    timeout: 60,
    ageDays: 30,
    content: shell([
      '#!/bin/bash',
      '# Register this node with Consul after a boot.',
      'echo "Registering $(hostname) ({{ACS::InstanceId}}) in cluster {{cluster}}"',
      'curl -fsS -X PUT http://consul.service.internal:8500/v1/agent/service/register -d @/etc/consul.d/node.json',
      'echo "registered at $(date -u +%FT%TZ)"',
    ]),
    parameters: [{ name: 'cluster', description: 'Consul cluster to join', defaultValue: 'prod-sh', required: false }],
  },
  {
    regionId: 'cn-shanghai',
    name: 'deploy-service.ps1',
    description: 'Deploy a build of a Windows service and restart it',
    type: 'RunPowerShellScript',
    workingDir: 'C:\\Windows\\system32',
    timeout: 600,
    ageDays: 75,
    content: shell([
      '# Deploy a new build of a Windows service and restart it.',
      '$ErrorActionPreference = "Stop"',
      'Write-Output "Deploying {{service_name}} {{version}} on $env:COMPUTERNAME as $(whoami)"',
      'Stop-Service -Name "{{service_name}}"',
      'Expand-Archive -Path "D:\\releases\\{{service_name}}-{{version}}.zip" -DestinationPath "D:\\services\\{{service_name}}" -Force',
      'Start-Service -Name "{{service_name}}"',
      'Get-Service -Name "{{service_name}}"',
      'Write-Output "Deployment finished"',
    ]),
    parameters: [
      { name: 'service_name', description: 'Windows service to deploy', defaultValue: 'PaymentsApi', required: false },
      { name: 'version', description: 'Build version, e.g. 2024.11.3', required: true },
    ],
  },
  {
    regionId: 'cn-shanghai',
    name: 'flush-dns.bat',
    description: 'Clear the DNS resolver cache',
    type: 'RunBatScript',
    workingDir: 'C:\\Windows\\system32',
    timeout: 60,
    ageDays: 200,
    content: shell(['@echo off', 'rem Clear the DNS resolver cache after a DNS change.', 'ipconfig /flushdns', 'echo DNS cache flushed on %COMPUTERNAME%']),
  },
  {
    regionId: 'cn-shanghai',
    name: 'rotate-logs.sh',
    description: 'Compress and expire application logs',
    type: 'RunShellScript',
    workingDir: '/var/log',
    timeout: 120,
    ageDays: 90,
    content: shell([
      '#!/bin/bash',
      '# Compress logs older than a day and delete the ones past the retention.',
      'echo "Rotating {{pattern}} in {{log_dir}} (keep {{keep_days}} days, compress={{compress}})"',
      'find {{log_dir}} -name "{{pattern}}" -mtime +1 -exec gzip {} \\;',
      'find {{log_dir}} -name "*.gz" -mtime +{{keep_days}} -delete',
      'du -sh {{log_dir}}',
      'echo "done"',
    ]),
    parameters: [
      { name: 'log_dir', description: 'Directory holding the logs', defaultValue: '/var/log/app', required: false },
      { name: 'pattern', description: 'File name pattern', defaultValue: '*.log', required: false },
      { name: 'keep_days', description: 'Days of compressed logs to keep', defaultValue: '14', required: false },
      { name: 'compress', description: 'Compress before expiring (true/false)', defaultValue: 'true', required: false },
    ],
  },
  {
    regionId: 'cn-shanghai',
    name: 'cleanup-disk.sh',
    description: 'Free space on the root volume (apt cache, old journals, unused images)',
    type: 'RunShellScript',
    workingDir: '/root',
    timeout: 120,
    ageDays: 60,
    content: shell(['#!/bin/bash', '# Free space on the root volume.', 'apt-get clean', 'journalctl --vacuum-time=3d', 'docker image prune -af', 'df -h /']),
  },
  {
    regionId: 'cn-shanghai',
    name: 'rebuild-search-index.sh',
    description: 'Full search reindex (takes far longer than its 30 s timeout)',
    type: 'RunShellScript',
    workingDir: '/opt/search',
    timeout: 30,
    ageDays: 45,
    content: shell(['#!/bin/bash', 'echo "Starting full reindex on $(hostname)"', '/opt/search/bin/reindex --full --batch-size 500', 'sleep 900', 'echo "Reindex complete"']),
  },
  {
    regionId: 'cn-shanghai',
    name: 'inventory-packages.sh',
    description: 'List installed packages (output passes 24 KB)',
    type: 'RunShellScript',
    workingDir: '/root',
    timeout: 60,
    ageDays: 150,
    content: shell(['#!/bin/bash', 'echo "Package inventory for $(hostname)"', 'dpkg -l']),
  },
  {
    regionId: 'cn-shanghai',
    name: 'health-check.sh',
    description: 'Uptime, disk, memory and nginx state',
    type: 'RunShellScript',
    workingDir: '/root',
    timeout: 30,
    ageDays: 300,
    content: shell(['#!/bin/bash', 'uptime', 'df -h /', 'free -m', 'systemctl is-active nginx']),
  },
  {
    regionId: 'cn-shanghai',
    name: 'disk-usage.ps1',
    description: 'Free space on C: (Windows)',
    type: 'RunPowerShellScript',
    workingDir: 'C:\\Windows\\system32',
    timeout: 30,
    ageDays: 110,
    content: shell(['Get-PSDrive C', 'Write-Output "checked on $env:COMPUTERNAME"']),
  },
  {
    regionId: 'cn-hangzhou',
    name: 'health-check.sh',
    description: 'Uptime, disk and memory',
    type: 'RunShellScript',
    workingDir: '/root',
    timeout: 30,
    ageDays: 200,
    content: shell(['#!/bin/bash', 'uptime', 'df -h /', 'free -m']),
  },
  {
    regionId: 'cn-hangzhou',
    name: 'flush-dns.bat',
    description: 'Clear the DNS resolver cache',
    type: 'RunBatScript',
    workingDir: 'C:\\Windows\\system32',
    timeout: 60,
    ageDays: 180,
    content: shell(['@echo off', 'ipconfig /flushdns']),
  },
  {
    regionId: 'cn-beijing',
    name: 'health-check.sh',
    description: 'Uptime, disk and memory',
    type: 'RunShellScript',
    workingDir: '/root',
    timeout: 30,
    ageDays: 100,
    content: shell(['#!/bin/bash', 'uptime', 'df -h /', 'free -m']),
  },
];
