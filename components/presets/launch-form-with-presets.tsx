'use client';

import { lazy } from 'react';

import { LaunchForm, type LaunchFormProps } from '@/components/invoke/launch-form';
import { AfterLoad } from '@/components/invoke/lazy-launch-parts';
import { Skeleton } from '@/components/ui/skeleton';

import { type PresetActions, type ToolbarPreset } from './action-types';

// Under the summary, drawn once the page has loaded (its code, and its dialogs', fetched then).
const PresetToolbar = lazy(() => import('./preset-toolbar').then((module) => ({ default: module.PresetToolbar })));

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
  return (
    <LaunchForm
      {...props}
      toolbar={(getForm) => (
        <AfterLoad fallback={<Skeleton className="h-28 w-full rounded-lg" />}>
          <PresetToolbar getForm={getForm} {...presetTools} />
        </AfterLoad>
      )}
    />
  );
}
