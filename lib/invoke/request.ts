import { planBatches, type Batch } from '@/lib/invoke/batches';
import type { ParameterEntry } from '@/lib/invoke/draft';
import type { Limits } from '@/lib/invoke/limits';
import { passedParameters } from '@/lib/invoke/rules-parameters';
import type { ValidInvokeDraft } from '@/lib/invoke/schema';
import { hidesValue, SECRET_MASK } from '@/lib/invoke/secrets';
import type { CommandType, InvokeCommandInfo, RepeatMode, TerminationMode } from '@/lib/invoke/types';

export { SECRET_MASK } from '@/lib/invoke/secrets';

/** As the ECS client takes tags (it names them Key and Value on the wire). */
export interface RequestTag {
  key: string;
  value: string;
}

/**
 * One call's parameters, named as the API names them. Absent = not sent. A saved command is
 * run with InvokeCommand (CommandId); an ad-hoc script with RunCommand (Type, CommandContent,
 * no CommandId): `requestAction` tells which.
 */
export interface InvokeRequest {
  RegionId: string;
  /** Empty for a script (RunCommand). */
  CommandId: string;
  /** RunCommand only: the script's type, content (plain text), name and whether `{{…}}` are parameters. */
  Type?: CommandType;
  CommandContent?: string;
  Name?: string;
  EnableParameter?: boolean;
  /** Sent as InstanceId.1 … InstanceId.N; empty when ResourceTag targets the instances. */
  InstanceId: string[];
  /** Every instance with all these tags, resolved by Alibaba at call time. */
  ResourceTag?: RequestTag[];
  /** DryRun checks everything and runs nothing. */
  RepeatMode: RepeatMode | 'DryRun';
  /** The seed pairs Period with Timed=true; the current API ignores it, so sending it is harmless. */
  Timed: boolean;
  Frequency?: string;
  /** A JSON object text, e.g. {"name":"Jack"}. The SDK takes an object: JSON.parse it. */
  Parameters?: string;
  Username?: string;
  WindowsPasswordName?: string;
  Timeout?: number;
  WorkingDir?: string;
  ContainerId?: string;
  ContainerName?: string;
  Launcher?: string;
  TerminationMode?: TerminationMode;
  OssOutputDelivery?: string;
  ResourceGroupId?: string;
  /** Tags on the execution itself: InvokeDeck's launch and operator, findable from the console and CLI. */
  Tag?: RequestTag[];
  ClientToken: string;
}

/** The API action a request is for. */
export function requestAction(request: Pick<InvokeRequest, 'CommandContent'>): 'InvokeCommand' | 'RunCommand' {
  return request.CommandContent === undefined ? 'InvokeCommand' : 'RunCommand';
}

declare const maskedBrand: unique symbol;
/** A request whose secret values are masked: the only kind that may be shown or copied. */
export type MaskedInvokeRequest = Readonly<InvokeRequest> & { readonly [maskedBrand]: true };

export interface InvokeBatchRequest extends Batch {
  /** What the server sends. Holds secret values: never log, store or return it to the browser. */
  request: InvokeRequest;
  masked: MaskedInvokeRequest;
}

/**
 * The exact InvokeCommand calls for a validated draft, one per batch. `command` must be the
 * one the draft was validated against. Empty parameter values are left out (the API reads a
 * missing key as ""); a command with parameters enabled is always sent `Parameters`, even `{}`.
 */
export function buildInvokeRequests(
  draft: ValidInvokeDraft,
  command: Pick<InvokeCommandInfo, 'commandId' | 'enableParameter'>,
  launchId: string,
  limits: Limits,
  options: { executionTags?: readonly RequestTag[] } = {},
): InvokeBatchRequest[] {
  if (draft.commandId !== command.commandId) {
    throw new Error(`The draft names command ${draft.commandId}, not ${command.commandId}`);
  }
  const passed = command.enableParameter ? passedParameters(draft.parameters) : null;
  const { script } = draft;
  const tags = draft.resourceTags ?? [];
  // A tag target is one call: Alibaba resolves the tags, and the matches count against the per-call limit.
  const batches = tags.length > 0 ? [{ index: 0, instanceIds: [], clientToken: planBatches(['tag-target'], launchId, limits)[0]!.clientToken }] : planBatches(draft.instanceIds, launchId, limits);
  const text = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value.trim());
  return batches.map((batch) => {
    const common = {
      RegionId: draft.regionId,
      CommandId: draft.commandId,
      ...(script && {
        Type: script.type,
        CommandContent: script.content,
        ...(script.name.trim() !== '' && { Name: script.name.trim() }),
        EnableParameter: script.enableParameter,
      }),
      InstanceId: batch.instanceIds,
      ...(tags.length > 0 && { ResourceTag: tags.map((tag) => ({ key: tag.key, value: tag.value })) }),
      RepeatMode: draft.repeatMode,
      Timed: draft.repeatMode === 'Period',
      // Sent as the schedule parser reads it: trimmed, inner runs of white space collapsed.
      ...(draft.repeatMode === 'Period' && { Frequency: draft.frequency.trim().replace(/\s+/g, ' ') }),
    };
    const extras = {
      ContainerId: text(draft.containerId),
      ContainerName: text(draft.containerName),
      Launcher: text(draft.launcher),
      TerminationMode: draft.terminationMode,
      OssOutputDelivery: text(draft.ossOutputDelivery),
      ResourceGroupId: text(draft.resourceGroupId),
    };
    const rest = {
      ...(draft.username !== '' && { Username: draft.username }),
      ...(draft.windowsPasswordName !== '' && { WindowsPasswordName: draft.windowsPasswordName }),
      ...(draft.timeout !== undefined && { Timeout: draft.timeout }),
      ...(draft.workingDir !== undefined && draft.workingDir !== '' && { WorkingDir: draft.workingDir }),
      ...Object.fromEntries(Object.entries(extras).filter(([, value]) => value !== undefined)),
      ...(options.executionTags?.length && { Tag: options.executionTags.map((tag) => ({ ...tag })) }),
      ClientToken: batch.clientToken,
    };
    const request: InvokeRequest = { ...common, ...(passed && { Parameters: parametersJson(passed, false) }), ...rest };
    const masked = { ...common, ...(passed && { Parameters: parametersJson(passed, true) }), ...rest } as MaskedInvokeRequest;
    return { ...batch, request, masked };
  });
}

/** The wire parameters in a fixed, readable order, repeat lists flattened. */
export function toQueryParameters(request: Readonly<InvokeRequest>): Array<[string, string]> {
  const tagPairs = (name: string, tags: readonly RequestTag[] | undefined) =>
    (tags ?? []).flatMap((tag, index): Array<[string, string]> => [
      [`${name}.${index + 1}.Key`, tag.key],
      [`${name}.${index + 1}.Value`, tag.value],
    ]);
  const pairs: Array<[string, string | number | boolean | undefined]> = [
    ['RegionId', request.RegionId],
    ...(requestAction(request) === 'InvokeCommand'
      ? [['CommandId', request.CommandId] as [string, string]]
      : [
          ['Type', request.Type] as [string, string | undefined],
          ['Name', request.Name] as [string, string | undefined],
          ['ContentEncoding', 'PlainText'] as [string, string],
          ['CommandContent', request.CommandContent] as [string, string | undefined],
          ['EnableParameter', request.EnableParameter] as [string, boolean | undefined],
        ]),
    ...request.InstanceId.map((id, index): [string, string] => [`InstanceId.${index + 1}`, id]),
    ...tagPairs('ResourceTag', request.ResourceTag),
    ['RepeatMode', request.RepeatMode],
    ['Timed', request.Timed],
    ['Frequency', request.Frequency],
    ['Parameters', request.Parameters],
    ['Username', request.Username],
    ['WindowsPasswordName', request.WindowsPasswordName],
    ['Timeout', request.Timeout],
    ['WorkingDir', request.WorkingDir],
    ['ContainerId', request.ContainerId],
    ['ContainerName', request.ContainerName],
    ['Launcher', request.Launcher],
    ['TerminationMode', request.TerminationMode],
    ['OssOutputDelivery', request.OssOutputDelivery],
    ['ResourceGroupId', request.ResourceGroupId],
    ...tagPairs('Tag', request.Tag),
    ['ClientToken', request.ClientToken],
  ];
  return pairs.flatMap(([name, value]) => (value === undefined ? [] : [[name, String(value)]]));
}

function parametersJson(entries: readonly ParameterEntry[], mask: boolean): string {
  return JSON.stringify(Object.fromEntries(entries.map((entry) => [entry.name, mask && hidesValue(entry) ? SECRET_MASK : entry.value])));
}
