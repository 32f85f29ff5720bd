'use client';

import { lazy, Suspense } from 'react';

import { LaunchForm, type LaunchFormProps } from '@/components/invoke/launch-form';
import { afterLoad } from '@/components/invoke/lazy-launch-parts';
import { Skeleton } from '@/components/ui/skeleton';

import { type PresetActions, type ToolbarPreset } from './action-types';

// Drawn by the server under the summary; its code (and its dialogs') comes after the load event.
const PresetToolbar = lazy(afterLoad(() => import('./preset-toolbar').then((module) => module.PresetToolbar)));

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
        <Suspense fallback={<Skeleton className="h-28 w-full rounded-lg" />}>
          <PresetToolbar getForm={getForm} {...presetTools} />
        </Suspense>
      )}
    />
  );
}
