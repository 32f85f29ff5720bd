'use client';

import { type RefObject, useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { type FieldErrors, type Resolver, useForm, type UseFormReturn, useWatch } from 'react-hook-form';

import { type InvokeDraft } from '@/lib/invoke/draft';
import type { LaunchFormData } from '@/lib/invoke/form-data';
import { eligibility as eligibilityOf, needsScheduleAgent, type ScheduleChoice } from '@/lib/invoke/eligibility';
import { DEFAULT_LIMITS } from '@/lib/invoke/limits';
import { scriptCommandInfo } from '@/lib/invoke/rules-script';
import type { InvokeSchema } from '@/lib/invoke/schema';
import { type InvokeContext } from '@/lib/invoke/types';
import { instanceInfoOf } from '@/lib/invoke/types';

import { type PickerEligibility, type PickerInstance } from './instance-picker';
import { useAllInstances, useCommands, useQuota } from './use-launch-data';

export const LIMITS = DEFAULT_LIMITS;

/** Stand-ins for "a schedule that needs a recent agent" and "no schedule feature". */
const NEEDS_RECENT_AGENT: ScheduleChoice = { repeatMode: 'Period', frequency: 'rate(5m)' };
const NO_SCHEDULE: ScheduleChoice = { repeatMode: 'Once', frequency: '' };

const NONE: readonly string[] = [];

/** The form's react-hook-form control, and where its resolver reads what it checks against. */
export interface LaunchFormControl {
  form: UseFormReturn<InvokeDraft>;
  contextRef: RefObject<InvokeContext | null>;
}

/**
 * react-hook-form validated by the same schema the server action uses. The schema depends on
 * data loaded for the form's own fields, so the resolver is stable and reads what it checks
 * against from a ref (kept by useLaunchForm); the schema itself is fetched on first validation.
 */
export function useLaunchFormControl(initialDraft: InvokeDraft, requiredSecrets: readonly string[] = NONE): LaunchFormControl {
  const contextRef = useRef<InvokeContext | null>(null);
  const secretsRef = useRef(requiredSecrets);
  const resolver = useCallback<Resolver<InvokeDraft>>(async (values, context, options) => {
    const checked = contextRef.current;
    const result = checked ? await (await schemaResolverFor(checked))(values, context, options) : { values, errors: {} };
    return withSecretsAskedAgain(result, values, secretsRef.current);
  }, []);
  // One object for the form's life: useForm answers the same one on every render.
  const form = useForm<InvokeDraft>({ defaultValues: initialDraft, resolver, mode: 'onTouched', reValidateMode: 'onChange' });
  return useMemo(() => ({ form, contextRef }), [form]);
}

/**
 * The launch form's state: what it watches, the data its fields need, and what the schema
 * checks against, kept current for the resolver whenever it changes (command, instances, quota).
 */
export function useLaunchForm({ form, contextRef }: LaunchFormControl, initialData?: LaunchFormData) {
  const { control } = form;
  const regionId = useWatch({ control, name: 'regionId' });
  const commandId = useWatch({ control, name: 'commandId' });
  const repeatMode = useWatch({ control, name: 'repeatMode' });
  const frequency = useWatch({ control, name: 'frequency' });
  const script = useWatch({ control, name: 'script' });

  const commands = useCommands(regionId, initialData);
  const instances = useAllInstances(regionId, initialData);
  const quota = useQuota(regionId, initialData);
  const saved = commands.data?.commands.find((candidate) => candidate.commandId === commandId) ?? null;
  // A script is judged as the command RunCommand makes of it: its {{parameters}}, type and size.
  const { type: scriptType, content: scriptContent, enableParameter: scriptParameters, name: scriptName } = script ?? {};
  const command = useMemo(
    () =>
      scriptType !== undefined
        ? scriptCommandInfo({ type: scriptType, content: scriptContent ?? '', enableParameter: scriptParameters ?? false, name: scriptName ?? '', keepCommand: false })
        : saved,
    [scriptType, scriptContent, scriptParameters, scriptName, saved],
  );
  const commandType = command?.type ?? null;

  const instanceInfos = useMemo(() => instances.instances.map(instanceInfoOf), [instances.instances]);
  const quotaValue = quota.data ?? { used: 0, limit: LIMITS.dailyInvocations };
  // The server's per-call limits (live mode's are the account's, sandbox mode's the seed's) once it has said them.
  const limits = useMemo(() => (quota.data ? { ...LIMITS, ...quota.data.limits } : LIMITS), [quota.data]);
  const schemaContext = useMemo<InvokeContext>(
    () => ({ command, instances: instanceInfos, limits, now: new Date(), quota: quotaValue }),
    // quotaValue is rebuilt each render; its numbers are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [command, instanceInfos, limits, quotaValue.used, quotaValue.limit],
  );
  useLayoutEffect(() => {
    contextRef.current = schemaContext;
    // What the rules check against changed (a command or instances loaded): re-judge what was
    // judged, except what the server found, which the browser's copy of ECS may not show yet.
    const judged = Object.entries(form.formState.errors)
      .filter(([, error]) => !hasServerError(error))
      .map(([name]) => name);
    if (judged.length) void form.trigger(judged as (keyof InvokeDraft)[]);
  }, [schemaContext, form, contextRef]);

  // Of the schedule, eligibility only asks whether it needs a recent agent; keying on that
  // (not the Frequency text) spares the picker re-judging every row on each keystroke.
  const scheduleAgent = needsScheduleAgent({ repeatMode, frequency });
  const eligibility = useCallback(
    (instance: PickerInstance): PickerEligibility =>
      eligibilityOf(instanceInfoOf(instance), commandType ? { type: commandType } : null, scheduleAgent ? NEEDS_RECENT_AGENT : NO_SCHEDULE),
    [commandType, scheduleAgent],
  );

  return { form, regionId, commandId, repeatMode, frequency, commands, instances, quota: quotaValue, limits, command, eligibility };
}

// The launch schema, zod and the rules (croner among them) are some 70 KB gzip: fetched on the
// first validation rather than with the page. One resolver per context, as the memo above keeps it.
let validation: Promise<{ createInvokeSchema: (context: InvokeContext) => InvokeSchema; zodResolver: (schema: InvokeSchema) => Resolver<InvokeDraft> }> | undefined;
const resolvers = new WeakMap<InvokeContext, Resolver<InvokeDraft>>();

async function schemaResolverFor(context: InvokeContext): Promise<Resolver<InvokeDraft>> {
  validation ??= Promise.all([import('@/lib/invoke/schema'), import('@hookform/resolvers/zod'), import('@/lib/zod-jitless')]).then(([schema, resolvers]) => ({
    createInvokeSchema: schema.createInvokeSchema,
    zodResolver: (built: InvokeSchema) => resolvers.zodResolver(built) as unknown as Resolver<InvokeDraft>,
  }));
  const loaded = await validation;
  let resolver = resolvers.get(context);
  if (!resolver) {
    resolver = loaded.zodResolver(loaded.createInvokeSchema(context));
    resolvers.set(context, resolver);
  }
  return resolver;
}

/**
 * A secret value blanked on its way through a preset, a link or a past launch must be typed
 * again: launching with it empty would silently run the command without the secret.
 */
function withSecretsAskedAgain(
  result: Awaited<ReturnType<Resolver<InvokeDraft>>>,
  values: InvokeDraft,
  required: readonly string[],
): Awaited<ReturnType<Resolver<InvokeDraft>>> {
  const wanted = new Set(required.map((name) => name.toLowerCase()));
  const missing = values.parameters.flatMap((entry, index) => (entry.secret && entry.value === '' && wanted.has(entry.name.toLowerCase()) ? [{ entry, index }] : []));
  if (missing.length === 0) return result;
  const errors = { ...result.errors } as Record<string, unknown>;
  const parameters = [...((errors.parameters as unknown[] | undefined) ?? [])];
  for (const { entry, index } of missing) {
    parameters[index] = { value: { type: 'secret', message: `${entry.name}: enter the secret value again; secret values are never stored or shared.` } };
  }
  errors.parameters = parameters;
  return { values: {}, errors: errors as typeof result.errors };
}

/** Whether an error (or one nested in a list field's items) was set from the server's answer. */
function hasServerError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  if ((error as { type?: unknown }).type === 'server') return true;
  return Object.values(error).some((inner) => inner !== null && typeof inner === 'object' && hasServerError(inner));
}

/** The first message among the errors of a list field and of its items ("instanceIds.3"). */
export function firstListError(errors: FieldErrors<InvokeDraft>, name: 'instanceIds' | 'parameters'): string | undefined {
  const entry = errors[name] as unknown as ({ message?: string; root?: { message?: string } } & Record<string, unknown>) | undefined;
  if (!entry) return undefined;
  if (entry.message) return entry.message;
  if (entry.root?.message) return entry.root.message;
  for (const value of Object.values(entry)) {
    const message = (value as { message?: unknown } | undefined)?.message;
    if (typeof message === 'string') return message;
  }
  return undefined;
}
