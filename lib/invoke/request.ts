import { planBatches, type Batch } from '@/lib/invoke/batches';
import type { ParameterEntry } from '@/lib/invoke/draft';
import type { Limits } from '@/lib/invoke/limits';
import { passedParameters } from '@/lib/invoke/rules-parameters';
import type { ValidInvokeDraft } from '@/lib/invoke/schema';
import { hidesValue, SECRET_MASK } from '@/lib/invoke/secrets';
import type { InvokeCommandInfo, RepeatMode } from '@/lib/invoke/types';

export { SECRET_MASK } from '@/lib/invoke/secrets';

/** One InvokeCommand call's parameters, named as the API names them. Absent = not sent. */
export interface InvokeRequest {
  RegionId: string;
  CommandId: string;
  /** Sent as InstanceId.1 … InstanceId.N. */
  InstanceId: string[];
  RepeatMode: RepeatMode;
  /** The seed pairs Period with Timed=true; the current API ignores it, so sending it is harmless. */
  Timed: boolean;
  Frequency?: string;
  /** A JSON object text, e.g. {"name":"Jack"}. The SDK takes an object: JSON.parse it. */
  Parameters?: string;
  Username?: string;
  WindowsPasswordName?: string;
  Timeout?: number;
  WorkingDir?: string;
  ClientToken: string;
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
): InvokeBatchRequest[] {
  if (draft.commandId !== command.commandId) {
    throw new Error(`The draft names command ${draft.commandId}, not ${command.commandId}`);
  }
  const passed = command.enableParameter ? passedParameters(draft.parameters) : null;
  return planBatches(draft.instanceIds, launchId, limits).map((batch) => {
    const common = {
      RegionId: draft.regionId,
      CommandId: draft.commandId,
      InstanceId: batch.instanceIds,
      RepeatMode: draft.repeatMode,
      Timed: draft.repeatMode === 'Period',
      // Sent as the schedule parser reads it: trimmed, inner runs of white space collapsed.
      ...(draft.repeatMode === 'Period' && { Frequency: draft.frequency.trim().replace(/\s+/g, ' ') }),
    };
    const rest = {
      ...(draft.username !== '' && { Username: draft.username }),
      ...(draft.windowsPasswordName !== '' && { WindowsPasswordName: draft.windowsPasswordName }),
      ...(draft.timeout !== undefined && { Timeout: draft.timeout }),
      ...(draft.workingDir !== undefined && draft.workingDir !== '' && { WorkingDir: draft.workingDir }),
      ClientToken: batch.clientToken,
    };
    const request: InvokeRequest = { ...common, ...(passed && { Parameters: parametersJson(passed, false) }), ...rest };
    const masked = { ...common, ...(passed && { Parameters: parametersJson(passed, true) }), ...rest } as MaskedInvokeRequest;
    return { ...batch, request, masked };
  });
}

/** The wire parameters in a fixed, readable order, repeat lists flattened. */
export function toQueryParameters(request: Readonly<InvokeRequest>): Array<[string, string]> {
  const pairs: Array<[string, string | number | boolean | undefined]> = [
    ['RegionId', request.RegionId],
    ['CommandId', request.CommandId],
    ...request.InstanceId.map((id, index): [string, string] => [`InstanceId.${index + 1}`, id]),
    ['RepeatMode', request.RepeatMode],
    ['Timed', request.Timed],
    ['Frequency', request.Frequency],
    ['Parameters', request.Parameters],
    ['Username', request.Username],
    ['WindowsPasswordName', request.WindowsPasswordName],
    ['Timeout', request.Timeout],
    ['WorkingDir', request.WorkingDir],
    ['ClientToken', request.ClientToken],
  ];
  return pairs.flatMap(([name, value]) => (value === undefined ? [] : [[name, String(value)]]));
}

function parametersJson(entries: readonly ParameterEntry[], mask: boolean): string {
  return JSON.stringify(Object.fromEntries(entries.map((entry) => [entry.name, mask && hidesValue(entry) ? SECRET_MASK : entry.value])));
}
