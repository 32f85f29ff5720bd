'use client';

import dynamic from 'next/dynamic';
import { useEffect } from 'react';

import { LaunchResultSkeleton } from './launch-result-skeleton';

// Not in the first load: the result shows after a launch, the review (and its request preview)
// after Review launch. Both are fetched once the page is idle, so neither keeps anyone waiting.
export const LaunchResultPanel = dynamic(() => import('./launch-result').then((module) => module.LaunchResultPanel), { loading: LaunchResultSkeleton });
// A schedule's default Frequency, fetched with the schedule builder when Period is chosen (not
// the @/lib/schedule barrel: it would bring cronstrue and the rest with it).
export async function defaultFrequency(): Promise<string> {
  const [{ tryBuildFrequency }, { defaultBuilderState }, { runtimeTimeZone }] = await Promise.all([import('@/lib/schedule/builder'), import('@/lib/schedule/builder-parse'), import('@/lib/schedule/runtime-zone')]);
  const built = tryBuildFrequency(defaultBuilderState(runtimeTimeZone()));
  return built.ok ? built.frequency : '';
}
export const loadReview = () => Promise.all([import('./build-review'), import('./review-dialog')]);

/** After the page has loaded and the browser is idle, fetch what Review launch and a launch will show. */
export function usePrefetchWhenIdle() {
  useEffect(() => {
    let idle: number | undefined;
    const prefetch = () => {
      idle = (window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200)))(() => {
        // A failed prefetch costs nothing: the same imports run again when needed.
        loadReview().catch(() => undefined);
        import('./launch-result').catch(() => undefined);
      });
    };
    if (document.readyState === 'complete') prefetch();
    else window.addEventListener('load', prefetch, { once: true });
    return () => {
      window.removeEventListener('load', prefetch);
      if (idle !== undefined) (window.cancelIdleCallback ?? window.clearTimeout)(idle);
    };
  }, []);
}
