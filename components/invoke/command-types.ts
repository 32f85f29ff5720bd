import { type CommandType } from '@/lib/invoke/types';

/** How each Cloud Assistant command type is named and marked in the UI. */
export const COMMAND_TYPE_LABELS: Record<CommandType, { short: string; long: string; os: string }> = {
  RunShellScript: { short: 'Shell', long: 'Shell script', os: 'Linux' },
  RunBatScript: { short: 'Bat', long: 'Batch script', os: 'Windows' },
  RunPowerShellScript: { short: 'PowerShell', long: 'PowerShell script', os: 'Windows' },
};
