'use client';

import dynamic from 'next/dynamic';
import { type ComponentType, lazy, useEffect } from 'react';

import { Skeleton } from '@/components/ui/skeleton';

import { LaunchResultSkeleton } from './launch-result-skeleton';

const FieldsSkeleton = () => <Skeleton className="h-40 w-full" />;
// Each only when chosen: a script, a tag target, the Advanced fields, the opt-in webhooks.
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

/** Resolves once the page's load event has fired (at once on the server, or after it). */
function pageLoaded(): Promise<void> {
  if (typeof window === 'undefined' || document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

/**
 * A loader for React.lazy that fetches after the load event: for a part below the top of the form
 * that the server draws with the page (so it shows at once) but whose code need not hold up what
 * the page needs to paint and take its first input (the region, the command). It answers once its
 * code has come and it has hydrated; React replays a click made on it meanwhile.
 */
export function afterLoad<P>(load: () => Promise<ComponentType<P>>): () => Promise<{ default: ComponentType<P> }> {
  return () => pageLoaded().then(load).then((component) => ({ default: component }));
}

/** The instance picker: its windowed list, search, filters and keys (10 KB). */
export const loadInstancePicker = afterLoad(() => import('./instance-picker/instance-picker').then((module) => module.InstancePicker));
/** The parameter fields and the content preview, once a command is chosen; prefetched when the page is idle. */
export const ParameterEditor = lazy(afterLoad(() => import('./parameter-editor').then((module) => module.ParameterEditor)));
/** The last step: run-as user, timeout and the Advanced fields' switch. */
export const RunAsFields = lazy(afterLoad(() => import('./run-as-fields').then((module) => module.RunAsFields)));
/** The opt-in webhooks under the summary (its list read by the page). */
export const WebhookPickerField = lazy(afterLoad(() => import('@/components/notify/webhook-picker-field').then((module) => module.WebhookPickerField)));

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
