'use client';

import { LaunchForm, type LaunchFormProps } from '@/components/invoke/launch-form';

import { type PresetActions, type ToolbarPreset } from './action-types';
import { PresetToolbar } from './preset-toolbar';

export interface PresetTools {
  canSave: boolean;
  actions: Pick<PresetActions, 'createPreset' | 'savePresetChanges' | 'shareFormLink'>;
  preset?: ToolbarPreset | null;
}

/**
 * The launch form with the preset toolbar under its summary. LaunchForm takes the toolbar
 * as a render function, which a server page cannot pass; this client leaf builds it.
 */
export function LaunchFormWithPresets({ presetTools, ...props }: Omit<LaunchFormProps, 'toolbar'> & { presetTools: PresetTools }) {
  return <LaunchForm {...props} toolbar={(getForm) => <PresetToolbar getForm={getForm} {...presetTools} />} />;
}
