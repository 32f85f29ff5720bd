import type { InvokeDraft } from '@/lib/invoke/draft';

/** The form's field labels (issue 4's accessible names), in the order the form shows them. */
export const FIELD_LABELS: Readonly<Record<keyof InvokeDraft, string>> = {
  regionId: 'Region',
  commandId: 'Command',
  script: 'Script',
  instanceIds: 'Instances',
  resourceTags: 'Target tags',
  repeatMode: 'Repeat mode',
  frequency: 'Frequency',
  parameters: 'Parameters',
  username: 'Username',
  windowsPasswordName: 'Windows password name',
  timeout: 'Timeout',
  workingDir: 'Working directory',
  containerId: 'Container ID',
  containerName: 'Container name',
  launcher: 'Launcher',
  terminationMode: 'Termination mode',
  ossOutputDelivery: 'OSS output delivery',
  resourceGroupId: 'Resource group',
  rateControl: 'Rate control',
};
