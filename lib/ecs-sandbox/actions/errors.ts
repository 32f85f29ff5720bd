import { ApiError } from '../wire/api-error';

/** The seed's InvokeCommand error table (code, HTTP status, message), plus a detail for the operator. */
const SEED = {
  'InvalidInstance.NotFound': [404, 'The specified instance does not exist.'],
  'InvalidInstance.NotMatch': [403, 'The specified instance type does not match the command.'],
  'InvalidCmdId.NotFound': [404, 'The specified command ID does not exist.'],
  'MissingParam.Frequency': [403, 'The frequency must be specified when you create a timed task.'],
  'InvalidParam.Frequency': [403, 'The specified frequency is invalid.'],
  'InstanceIds.ExceedLimit': [403, 'The number of instance IDs exceeds the upper limit.'],
  'Parameter.Disabled': [404, 'Parameters cannot be passed in when the command customization function is disabled.'],
  'ParameterCount.ExceedLimit': [403, 'The maximum number of parameters is exceeded.'],
  'ParameterKey.ExceedLimit': [403, 'The maximum length of a parameter name is exceeded.'],
  'CmdContent.ExceedLimit': [403, 'The maximum length of a command is exceeded.'],
  'ParameterKey.Duplicate': [403, 'Parameter names cannot be duplicated.'],
  'Parameter.NotMatched': [403, 'The passed-in parameters do not match the parameters defined when you created the command.'],
  'Username.ExceedLimit': [403, 'The length of the username exceeds the upper limit.'],
  'Invocation.ExceedQuota': [403, 'The number of command executions today has reached the upper limit of the region.'],
  'InvalidInvokeId.NotFound': [400, 'The specified InvokeId does not exist.'],
  'InvalidInstanceId.NotFound': [404, 'The specified InstanceId does not exist.'],
  'IncorrectInstanceStatus': [403, 'The current status of the resource does not support this operation.'],
  'DryRunOperation': [400, 'Request validation has been passed with DryRun flag set.'],
} as const satisfies Record<string, readonly [number, string]>;

export type SeedErrorCode = keyof typeof SEED;

export function apiError(code: SeedErrorCode, detail?: string): ApiError {
  const [status, message] = SEED[code];
  return new ApiError(code, status, detail ? `${message} ${detail}` : message);
}
