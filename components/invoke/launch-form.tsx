'use client';

import { memo, type ReactNode, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useFormState, useWatch } from 'react-hook-form';

import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/input';
import { Segmented } from '@/components/ui/segmented';
import { Skeleton } from '@/components/ui/skeleton';
import { type InvokeDraft } from '@/lib/invoke/draft';
import type { LaunchFormData } from '@/lib/invoke/form-data';
import { emptyDraft, initialParameters } from '@/lib/invoke/draft-defaults';
import { type InstanceFilter } from '@/lib/invoke/instance-filter';
import { targetsTags } from '@/lib/invoke/draft-kind';
import { describeTagRule } from '@/lib/invoke/tag-matches';
import { type SavedForm } from '@/lib/presets/payload';
import { type RepeatMode } from '@/lib/invoke/types';

import { CommandPicker } from './command-picker';
import { FormSection } from './form-section';
import { type ResolvedSearch } from './filter-outcome';
import { AfterLoad, FilterOutcome, InstancePicker, LaunchResultPanel, defaultFrequency, ParameterEditor, RunAsFields, ScriptFields, TagTargetFields, usePrefetchOnFirstInput, WebhookPickerField } from './lazy-launch-parts';
import { LaunchSummary } from './launch-summary';
import { RepeatModeField } from './repeat-mode-field';
import { preloadScriptEditor } from './script-editor/preload';
import { LazyScheduleBuilder as ScheduleBuilder } from './lazy-schedule-builder';
import { FailureAlert, kindSwitches, SOURCE_OPTIONS, TARGET_OPTIONS, useInstanceSearch } from './launch-form-parts';
import { firstListError, type LaunchFormControl, useLaunchForm, useLaunchFormControl } from './use-launch-form';
import { type CheckAction, type LaunchAction, useReviewFlow } from './use-review-flow';

// The form's heaviest part (a windowed list over the whole fleet, its search, filters and keys):
// drawn once the page has loaded (its code is fetched then), and again only when its own inputs change.
const Picker = memo(InstancePicker);

export interface LaunchFormProps {
  regions: { regionId: string; localName: string }[];
  initialDraft: InvokeDraft;
  canLaunch: boolean;
  launchCommand: LaunchAction;
  /** "Check only" in the review: each call sent as a DryRun. */
  checkCommand?: CheckAction;
  /** The signed-in operator's name, as the server tags each execution with it. */
  operator?: string;
  /** Opt-in webhooks chosen at first, e.g. a preset's. */
  initialNotify?: readonly string[];
  /** Shown above the form, e.g. what changed since a preset was saved. */
  notices?: ReactNode;
  presetId?: string | null;
  /** Secret parameters whose values were blanked and must be entered again. */
  requiredSecrets?: readonly string[];
  /**
   * A search kept by a preset or a link in place of instance IDs: the form starts with it in
   * the picker and selects its eligible matches once the region's instances have loaded.
   */
  initialInstanceFilter?: InstanceFilter | null;
  /** Extra controls for the summary column, e.g. save as preset; `current` is the form as a preset or link would keep it. */
  toolbar?: (current: () => SavedForm) => ReactNode;
  /** The commands, quota and first instances of the first region, read by the page as it rendered. */
  initialData?: LaunchFormData;
}

const NONE: readonly string[] = [];

/**
 * The launch form: region, command, instances, parameters, schedule, run-as; then review and
 * launch. react-hook-form draws the component that calls useForm once more right after it mounts
 * (its isReady flag, set synchronously in a layout effect): this wrapper takes that render, and
 * the form below it, memoised, is not drawn again for it.
 */
export function LaunchForm(props: LaunchFormProps) {
  const control = useLaunchFormControl(props.initialDraft, props.requiredSecrets);
  return <LaunchFormBody {...props} control={control} />;
}

const LaunchFormBody = memo(function LaunchFormBody({ control, regions, initialDraft, canLaunch, launchCommand, checkCommand, operator, initialNotify = NONE, notices, presetId = null, requiredSecrets = NONE, initialInstanceFilter = null, toolbar, initialData }: LaunchFormProps & { control: LaunchFormControl }) {
  const state = useLaunchForm(control, initialData);
  const { form, regionId, commandId, repeatMode, frequency, commands, instances, quota, limits, command, eligibility } = state;
  const { errors, isSubmitting } = useFormState({ control: form.control });
  usePrefetchOnFirstInput();
  const [notify, setNotify] = useState<string[]>(() => [...initialNotify]);
  const selected = useWatch({ control: form.control, name: 'instanceIds' });
  const script = useWatch({ control: form.control, name: 'script' });
  const resourceTags = useWatch({ control: form.control, name: 'resourceTags' });
  const byTags = targetsTags({ resourceTags });
  const rateControl = useWatch({ control: form.control, name: 'rateControl' });
  const search = useInstanceSearch(initialInstanceFilter);
  const { review, closeReview, Review, launching, failure, result, checking, check, openReview, checkOnly, confirmLaunch, startOver } = useReviewFlow({
    form, command, instances: instances.instances, limits, quota, operator, launchCommand, checkCommand, presetId, notify,
  });
  const [resolvedSearch, setResolvedSearch] = useState<ResolvedSearch | null>(null);
  const fleet = instances.fleet;
  const loadingKey = instances.loading ? `${instances.loading.loaded}/${instances.loading.total ?? ''}` : '';
  // One object per change of what the picker shows, handed over deferred: a page of instances
  // arriving re-renders the picker at low priority, in slices React yields between, rather than
  // with the rest of the form in one long task on a phone.
  const pickerData = useDeferredValue(
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the loading numbers, not the object rebuilt each render
    useMemo(() => ({ instances: instances.instances, loading: instances.loading, error: instances.error, fleet }), [instances.instances, loadingKey, instances.error, fleet?.state, fleet?.onRefresh]),
  );
  const pickInstances = useCallback(
    (ids: string[]) => form.setValue('instanceIds', ids, { shouldDirty: true, shouldValidate: form.formState.isSubmitted }),
    [form],
  );
  const keepSearch = useMemo(() => ({ checked: search.keep, onChange: search.setKeep }), [search.keep, search.setKeep]);
  // A kept search is resolved once, when everything eligibility depends on has loaded.
  const unresolved = useRef(initialInstanceFilter);
  useEffect(() => {
    const filter = unresolved.current;
    if (!filter || instances.loading !== null || commands.isPending) return;
    unresolved.current = null;
    if (instances.error || regionId !== initialDraft.regionId) return;
    // The search code comes with the picker's: fetched here only for a kept search.
    void import('./instance-picker/resolve-filter').then(({ resolveInstanceFilter }) => {
      const outcome = resolveInstanceFilter(instances.instances, filter, eligibility);
      form.setValue('instanceIds', outcome.selected);
      setResolvedSearch({ ...outcome, filter });
    });
  }, [instances.loading, instances.error, instances.instances, commands.isPending, eligibility, regionId, initialDraft.regionId, form]);
  const changeRegion = (next: string) => {
    setResolvedSearch(null);
    form.reset({ ...emptyDraft(next), repeatMode: form.getValues('repeatMode'), frequency: form.getValues('frequency') });
  };
  const changeCommand = (next: string) => {
    const chosen = commands.data?.commands.find((candidate) => candidate.commandId === next);
    form.setValue('commandId', next, { shouldDirty: true });
    form.setValue('parameters', chosen ? initialParameters(chosen) : [], { shouldDirty: true });
    if (chosen?.type === 'RunShellScript') form.setValue('windowsPasswordName', '');
  };
  const { changeSource, changeTarget } = kindSwitches(form);
  const changeRepeatMode = (mode: RepeatMode) => {
    form.setValue('repeatMode', mode, { shouldDirty: true });
    if (mode !== 'Period') form.setValue('frequency', '');
    else if (!form.getValues('frequency')) {
      void defaultFrequency().then((frequency) => {
        // Still a schedule with nothing typed meanwhile: start it at the builder's default.
        if (form.getValues('repeatMode') === 'Period' && !form.getValues('frequency')) form.setValue('frequency', frequency);
        void form.trigger(['frequency', 'instanceIds']);
      });
      return;
    }
    void form.trigger(['frequency', 'instanceIds']);
  };

  const instanceError = firstListError(errors, 'instanceIds');
  const errorCount = Object.keys(errors).filter((key) => key !== 'root').length;

  return (
    <FormProvider {...form}>
      <form onSubmit={openReview} noValidate className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-6">
          {result ? <LaunchResultPanel result={result} onNewLaunch={startOver} /> : null}
          {notices}
          {failure && !review ? <FailureAlert failure={failure} /> : null}
          <FormSection step={1} title="Target" description="Where to run, and what.">
            <div className="space-y-5">
              <Field label="Region" className="max-w-xs" error={errors.regionId?.message}>
                {(control) => (
                  <Select {...control} value={regionId} onChange={(event) => changeRegion(event.target.value)}>
                    {regions.map((region) => (
                      <option key={region.regionId} value={region.regionId}>
                        {region.regionId}
                        {region.localName && region.localName !== region.regionId ? ` — ${region.localName}` : ''}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
              <Segmented
                label="What to run"
                options={SOURCE_OPTIONS}
                value={script ? 'script' : 'saved'}
                onChange={changeSource}
                onHover={(value) => {
                  if (value !== 'script') return;
                  preloadScriptEditor();
                  import('./script-fields').catch(() => undefined);
                }}
              />
              {script ? (
                <ScriptFields />
              ) : (
                <CommandPicker
                  commands={commands.data?.commands ?? []}
                  loading={commands.isPending}
                  loadError={commands.error?.message}
                  value={commandId}
                  onChange={changeCommand}
                  error={errors.commandId?.message}
                />
              )}
            </div>
          </FormSection>
          <FormSection
            step={2}
            title="Instances"
            description={byTags ? 'Every instance with the tags, as Alibaba finds them when the command is sent.' : 'Only instances that can run the command can be chosen; each other one says why.'}
          >
            <Segmented
              label="Choose instances"
              className="mb-4"
              options={TARGET_OPTIONS}
              value={byTags ? 'tags' : 'instances'}
              onChange={changeTarget}
            />
            {resolvedSearch && !byTags ? <FilterOutcome outcome={resolvedSearch} onDismiss={() => setResolvedSearch(null)} /> : null}
            {byTags ? (
              <TagTargetFields instances={instances.instances} eligibility={eligibility} loading={instances.loading !== null} />
            ) : (
              <AfterLoad fallback={<Skeleton className="h-[520px] w-full rounded-lg" />}>
                <Picker
                  initialSearch={search.initial}
                  onSearchChange={search.onChange}
                  keepSearch={keepSearch}
                  instances={pickerData.instances}
                  eligibility={eligibility}
                  selected={selected}
                  onChange={pickInstances}
                  loading={pickerData.loading}
                  error={pickerData.error}
                  fleet={pickerData.fleet}
                  fieldError={instanceError}
                />
              </AfterLoad>
            )}
          </FormSection>
          <FormSection step={3} title="Parameters" description="Values for the command's {{placeholders}}; secret ones are masked and never stored.">
            {command ? (
              <AfterLoad fallback={<Skeleton className="h-24 w-full" />}>
                <ParameterEditor command={command} limits={limits} askAgain={requiredSecrets} />
              </AfterLoad>
            ) : (
              <p className="text-sm text-muted">Choose a command or write a script to see its parameters.</p>
            )}
          </FormSection>
          <FormSection step={4} title="When" description="Once, on a schedule, or at boot.">
            <div className="space-y-5">
              <RepeatModeField value={repeatMode} onChange={changeRepeatMode} />
              {repeatMode === 'Period' ? (
                <ScheduleBuilder
                  frequency={frequency}
                  onFrequencyChange={(value) => form.setValue('frequency', value, { shouldDirty: true, shouldValidate: true })}
                  error={errors.frequency?.message}
                  timeoutSeconds={form.getValues('timeout') ?? command?.timeout}
                />
              ) : (
                errors.frequency?.message ? <p className="text-xs font-medium text-rose-600">{errors.frequency.message}</p> : null
              )}
            </div>
          </FormSection>
          <FormSection step={5} title="Run as" description="The user the command runs as on each instance.">
            <AfterLoad fallback={<Skeleton className="h-40 w-full" />}>
              <RunAsFields commandType={command?.type ?? null} defaultTimeout={command?.timeout ?? null} />
            </AfterLoad>
          </FormSection>
        </div>
        <aside className="space-y-4 lg:sticky lg:top-20">
          <Suspense>
            <LaunchSummary
              regionId={regionId}
              commandName={command?.name ?? null}
              selectedCount={selected.length}
              repeatMode={repeatMode}
              quota={quota}
              limits={limits}
              canLaunch={canLaunch}
              busy={isSubmitting || launching || instances.loading !== null}
              errorCount={errorCount}
              rateControl={rateControl}
              tagRule={byTags ? describeTagRule(resourceTags ?? []) : null}
            />
            {canLaunch ? (
              <AfterLoad fallback={null}>
                <WebhookPickerField value={notify} onChange={setNotify} initial={initialData?.webhooks} />
              </AfterLoad>
            ) : null}
            {toolbar?.(() => ({ ...search.saved(form.getValues()), notify }))}
          </Suspense>
        </aside>
      </form>
      {Review ? (
        <Review
          open={review !== null}
          onClose={closeReview}
          summary={review?.summary ?? null}
          onLaunch={() => void confirmLaunch()}
          launching={launching}
          error={failure ? <FailureAlert failure={failure} /> : null}
          {...(checkCommand && canLaunch ? { onCheck: () => void checkOnly() } : {})}
          checking={checking}
          check={check}
        />
      ) : null}
    </FormProvider>
  );
});
