import type { InvokeDraft } from '@/lib/invoke/draft';

/** The form's field labels (issue 4's accessible names), in the order the form shows them. */
export const FIELD_LABELS: Readonly<Record<keyof InvokeDraft, string>> = {
  regionId: 'Region',
  commandId: 'Command',
  instanceIds: 'Instances',
  repeatMode: 'Repeat mode',
  frequency: 'Frequency',
  parameters: 'Parameters',
  username: 'Username',
  windowsPasswordName: 'Windows password name',
  timeout: 'Timeout',
  workingDir: 'Working directory',
  rateControl: 'Rate control',
};
