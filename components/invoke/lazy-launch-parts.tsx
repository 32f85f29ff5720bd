'use client';

import dynamic from 'next/dynamic';
import { lazy, type ReactNode, Suspense, useEffect, useSyncExternalStore } from 'react';

import { Skeleton } from '@/components/ui/skeleton';

import { LaunchResultSkeleton } from './launch-result-skeleton';

const FieldsSkeleton = () => <Skeleton className="h-40 w-full" />;
// Each only when chosen: a script, a tag target, the Advanced fields.
export const ScriptFields = dynamic(() => import('./script-fields').then((module) => module.ScriptFields), { loading: FieldsSkeleton });
export const TagTargetFields = dynamic(() => import('./tag-target-fields').then((module) => module.TagTargetFields), { loading: FieldsSkeleton });
export const RateControlFields = dynamic(() => import('./rate-control-fields').then((module) => module.RateControlFields), { loading: () => <Skeleton className="h-48 w-full sm:col-span-2" /> });
export const ExecutionFields = dynamic(() => import('./execution-fields').then((module) => module.ExecutionFields), { loading: () => <Skeleton className="h-60 w-full sm:col-span-2" /> });
// Only when a kept search (a preset's or a link's) has picked instances, after they have loaded.
export const FilterOutcome = dynamic(() => import('./filter-outcome').then((module) => module.FilterOutcome));
// Only on Retry failed, above the form.
export const RetryOfferNotice = dynamic(() => import('./retry-offer').then((module) => module.RetryOfferNotice));

// Not in the first load: the result shows after a launch, the review (and its request preview)
// after Review launch. Both are fetched once the operator starts on the form, so neither keeps anyone waiting.
export const LaunchResultPanel = dynamic(() => import('./launch-result').then((module) => module.LaunchResultPanel), { loading: LaunchResultSkeleton });
// A schedule's default Frequency, fetched with the schedule builder when Period is chosen (not
// the @/lib/schedule barrel: it would bring cronstrue and the rest with it).
export async function defaultFrequency(): Promise<string> {
  const [{ tryBuildFrequency }, { defaultBuilderState }, { runtimeTimeZone }] = await Promise.all([import('@/lib/schedule/builder'), import('@/lib/schedule/builder-parse'), import('@/lib/schedule/runtime-zone')]);
  const built = tryBuildFrequency(defaultBuilderState(runtimeTimeZone()));
  return built.ok ? built.frequency : '';
}
export const loadReview = () => Promise.all([import('./build-review'), import('./review-dialog')]);

const subscribeToLoad = (onLoad: () => void) => {
  window.addEventListener('load', onLoad);
  return () => window.removeEventListener('load', onLoad);
};

/**
 * Its children once the page's load event has fired; until then (and on the server) the fallback,
 * a placeholder of the same size. For the parts of the form below its first step (the picker,
 * the parameters, Run as) and beside it (Notify, the preset's toolbar): their code is fetched after
 * the load event rather than with the page, and they are drawn then, in a render of their own
 * after hydration instead of as part of it. (Drawn by the server and hydrated from a lazy module,
 * they were: the retry took the whole form in one 500 ms task.) That render blocks: drawn in a
 * transition, they sometimes stayed placeholders on a viewer's form (README, Lighthouse).
 */
export function AfterLoad({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const loaded = useSyncExternalStore(subscribeToLoad, () => document.readyState === 'complete', () => false);
  return <Suspense fallback={fallback}>{loaded ? children : fallback}</Suspense>;
}

/** The instance picker: its windowed list, search, filters and keys (10 KB). */
export const InstancePicker = lazy(() => import('./instance-picker/instance-picker').then((module) => ({ default: module.InstancePicker })));
/** The parameter fields and the content preview; also fetched on the operator's first input. */
export const ParameterEditor = lazy(() => import('./parameter-editor').then((module) => ({ default: module.ParameterEditor })));
/** The last step: run-as user, timeout and the Advanced fields' switch. */
export const RunAsFields = lazy(() => import('./run-as-fields').then((module) => ({ default: module.RunAsFields })));
/** The opt-in webhooks under the summary (its list read by the page). */
export const WebhookPickerField = lazy(() => import('@/components/notify/webhook-picker-field').then((module) => ({ default: module.WebhookPickerField })));

const FIRST_INPUT = ['pointerdown', 'keydown', 'focusin', 'touchstart'] as const;

/**
 * Once the operator starts on the form (a pointer, a key, focus), fetch what choosing a command,
 * Review launch and a launch will show: needed seconds later at the soonest, and never by
 * someone who only looks, so none of it is fetched and run while the page loads.
 */
export function usePrefetchOnFirstInput() {
  useEffect(() => {
    const prefetch = () => {
      stop();
      // A failed prefetch costs nothing: the same imports run again when needed.
      loadReview().catch(() => undefined);
      import('./launch-result').catch(() => undefined);
      import('./parameter-editor').catch(() => undefined);
    };
    const stop = () => FIRST_INPUT.forEach((type) => document.removeEventListener(type, prefetch, true));
    FIRST_INPUT.forEach((type) => document.addEventListener(type, prefetch, { capture: true, passive: true }));
    return stop;
  }, []);
}
