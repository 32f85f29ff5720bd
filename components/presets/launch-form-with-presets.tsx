'use client';

import dynamic from 'next/dynamic';

import { LaunchForm, type LaunchFormProps } from '@/components/invoke/launch-form';
import { Skeleton } from '@/components/ui/skeleton';

import { type PresetActions, type ToolbarPreset } from './action-types';

// Not in the first load: the form shows it once the page is idle (it sits under the summary).
const PresetToolbar = dynamic(() => import('./preset-toolbar').then((module) => module.PresetToolbar), { loading: () => <Skeleton className="h-28 w-full rounded-lg" /> });

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
