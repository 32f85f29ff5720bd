import 'server-only';

/**
 * What an operator should do about each error code we know. Alibaba's code and message pass
 * through unchanged beside this; the hint is the part a person acts on.
 */
export const ERROR_HINTS: Readonly<Record<string, string>> = {
  // InvokeCommand (the seed's error table)
  'RegionId.ApiNotSupported': 'Cloud Assistant is not offered in this region. Choose another region.',
  'InternalError.Dispatch':
    'Alibaba could not dispatch the command. Wait a minute and launch again; a launch with the same ClientToken never runs twice.',
  'InvalidInstance.NotFound':
    'An instance in the request no longer exists (it may have been released). Refresh the instance list and choose again.',
  'InvalidInstance.NotMatch':
    'An instance cannot run this command: it must be Running, in a VPC, with the Cloud Assistant agent, and its OS must match the command type. Refresh the list and drop the ineligible instances.',
  'InvalidCmdId.NotFound': 'The command no longer exists (it may have been deleted). Choose the command again.',
  'MissingParam.Frequency': 'A Period launch needs a schedule. Fill in Frequency.',
  'InvalidParam.Frequency': 'Alibaba rejected the schedule. Check the Frequency expression and its interval.',
  'InstanceIds.ExceedLimit': 'Too many instances in one call. Launch them in batches of at most 50.',
  'Parameter.Disabled': 'This command does not take parameters. Remove the parameter values.',
  'ParameterCount.ExceedLimit': 'Too many parameters: pass at most 10.',
  'ParameterKey.ExceedLimit': 'A parameter name is longer than 64 characters. Shorten it.',
  'CmdContent.ExceedLimit':
    'The command with its parameter values is too large once Base64-encoded. Shorten the values or the script.',
  'ParameterKey.Duplicate': 'A parameter is named twice. Give each parameter once.',
  'Parameter.NotMatched': 'A parameter is not declared by the command. Pass only the parameters the command lists.',
  'Username.ExceedLimit': 'The user name is too long: use at most 255 characters.',
  'Invocation.ExceedQuota':
    "Today's command quota for this region is used up. Wait until it resets at 00:00 UTC, or ask for a higher quota in Quota Center.",
  IdempotentParameterMismatch:
    'This ClientToken was already used for a different request. Start a new launch instead of retrying this one.',
  'InvalidInvokeId.NotFound': 'The invocation no longer exists (records are kept for 30 days). Refresh the list.',
  'InvalidInstanceId.NotFound': 'The instance no longer exists. Refresh the instance list.',
  // ModifyInvocationAttribute (changing a schedule in place)
  'InvalidOperation.InvocationNotModifiable':
    'Only a Period, NextRebootOnly or EveryReboot invocation that is still Pending, Running, Scheduled or Stopping can change. Launch it again instead.',
  'InvalidOperation.CloudAssistantVersionUnsupported':
    'An instance runs a Cloud Assistant Agent too old to take a changed schedule (it must be newer than 2.2.3.541 on Linux, 2.1.3.541 on Windows). Update the agent, or stop and launch again.',
  'InvalidOperation.PublicCommandNotModifiable': 'The content of a public (Alibaba-provided) command cannot change. Change the schedule only.',
  IncorrectInstanceStatus: 'The instance is not in a state that allows this. Wait until it is Running and try again.',
  InvalidInstanceStatus: 'The instance is not in a state that allows this. Wait until it is Running and try again.',
  // Availability
  Throttling: 'Alibaba is limiting the request rate for this account. Wait a few seconds and try again.',
  ApiBudgetExhausted:
    "This deployment's ECS API budget (ECS_API_RATE) has no call free for that operation now: launches come first. Wait a few seconds and try again.",
  ServiceUnavailable: 'The ECS API is temporarily unavailable. Wait a minute and try again.',
  InternalError: 'The ECS API failed on its side. Wait a minute and try again.',
  'InvalidRegionId.NotFound': 'The region does not exist or is not enabled for this account. Choose another region.',
  'InvalidRegionId.Malformed': 'That is not a region ID (like cn-hangzhou). Choose a region from the list.',
  RegionNotAllowed: 'InvokeDeck is not set up for this region (ECS_REGIONS in live mode). Choose one of the listed regions.',
  // Signature, keys, clock
  SignatureDoesNotMatch:
    'Alibaba rejected the request signature: the AccessKey secret is probably wrong. Check the credentials this server uses.',
  IncompleteSignature: 'Alibaba rejected the request signature. Check the credentials this server uses.',
  InvalidSignatureMethod: 'Alibaba does not accept this signature method. Keep the SDK on its default (V3) signing.',
  'InvalidAccessKeyId.NotFound': 'The AccessKey ID is unknown to Alibaba. Check the credentials this server uses.',
  'InvalidAccessKeyId.Inactive': 'The AccessKey is disabled. Enable it in the RAM console or configure another one.',
  'InvalidTimeStamp.Expired':
    "This server's clock differs from Alibaba's by more than 15 minutes. Synchronise the server's clock (NTP).",
  'InvalidTimeStamp.Format': "The request's timestamp was malformed. Check the server's clock and SDK version.",
  IllegalTimestamp: "The request's timestamp was missing or malformed. Check the server's clock and SDK version.",
  SignatureNonceUsed: 'Alibaba saw this request twice (its nonce was reused). Try again.',
  'InvalidSecurityToken.Expired': 'The STS token has expired. Refresh the credentials this server uses.',
  'InvalidSecurityToken.Malformed': 'The STS token is not valid for this AccessKey. Check the credentials this server uses.',
  InvalidCredentials:
    'No Alibaba credentials are configured for this server. Set ALIBABA_CLOUD_ACCESS_KEY_ID and _SECRET, a profile, an ECS RAM role or OIDC.',
  CredentialsUnavailable:
    'This server could not obtain Alibaba credentials from its configured source (profile, STS, RAM role or OIDC). Check that source.',
  'Forbidden.RAM': 'The RAM user or role lacks permission for this action. Ask an administrator to grant it.',
  NoPermission: 'The RAM user or role lacks permission for this action. Ask an administrator to grant it.',
  Forbidden: 'The account may not do this. Ask an administrator to check its permissions.',
  // Ours: the call did not get an Alibaba answer
  NetworkError: 'The ECS API could not be reached. Check the network and ECS_ENDPOINT, then try again.',
  Timeout: 'The ECS API did not answer in time. Try again; if it keeps happening, check the network.',
  InvalidResponse:
    'The ECS endpoint answered with something that is not an Alibaba API response. Check ECS_ENDPOINT, then try again.',
  UnknownError: 'The call to the ECS API failed unexpectedly. Try again; if it keeps happening, check the server log.',
};

/** Code families whose members share a hint (Throttling.User, InvalidParameter.Format…). */
const PREFIX_HINTS: ReadonlyArray<readonly [string, string]> = [
  ['Throttling', 'Throttling'],
  ['InvalidSecurityToken', 'InvalidSecurityToken.Malformed'],
  ['Forbidden', 'Forbidden'],
];

/**
 * Hints that speak of launching, in the words an operator needs for any other call: Alibaba
 * answers InternalError.Dispatch (its gateway could not hand the request on) to reads too.
 */
const OUTSIDE_A_LAUNCH: Readonly<Record<string, string>> = {
  'InternalError.Dispatch': 'Alibaba could not hand the request on, on its side. Nothing was changed; wait a minute and try again.',
};
const LAUNCH_CALLS: ReadonlySet<string> = new Set(['InvokeCommand', 'RunCommand']);

/** The hint for a code, in the words of the call that got it (`action`; a launch when not given). */
export function hintFor(code: string, status: number, action?: string): string {
  const elsewhere = action !== undefined && !LAUNCH_CALLS.has(action) ? OUTSIDE_A_LAUNCH[code] : undefined;
  if (elsewhere) return elsewhere;
  const exact = ERROR_HINTS[code];
  if (exact) return exact;
  const family = PREFIX_HINTS.find(([prefix]) => code.startsWith(prefix));
  if (family) return ERROR_HINTS[family[1]] ?? '';
  if (code.startsWith('Missing') || code.startsWith('Invalid')) {
    return 'A value in the request is not valid. Check the field named in the message and try again.';
  }
  if (status >= 500) return ERROR_HINTS.InternalError ?? '';
  return 'Alibaba refused the request. Check the message, correct the request and try again.';
}

/** PowerShell's own words for a module it could not find, in a run's output (Windows PowerShell 5.1 and PowerShell 7 alike). */
const MISSING_MODULE_PATTERNS: readonly RegExp[] = [
  /The specified module '([^']+)' was not loaded because no valid module file was found/g,
  /command was found in the module '([^']+)', but the module could not be loaded/g,
];
const REQUIRES_MISSING = /specified by the "#requires" statements of the script are missing: ([^\r\n]+?)\.?(?:\r?\n|$)/g;

/** The modules a PowerShell run's output says are missing, each once, in the order named. */
export function missingPowerShellModules(output: string): string[] {
  const names = [
    ...MISSING_MODULE_PATTERNS.flatMap((pattern) => [...output.matchAll(pattern)].map((match) => match[1] ?? '')),
    ...[...output.matchAll(REQUIRES_MISSING)].flatMap((match) => (match[1] ?? '').split(',').map((name) => name.trim())),
  ];
  return [...new Set(names.filter(Boolean))];
}

/**
 * What to do about one failed run on an instance, when its cause is one we can name. The API
 * has no code for a missing PowerShell module: the run ends ExitCodeNonzero (or goes on)
 * with PowerShell's error record in the output, so the output is read for it. The agent's own
 * PowershellNotFound (ErrorInfo) means PowerShell itself is absent.
 */
export function runHint(run: { errorCode: string; errorInfo: string; output: string }): string | null {
  const modules = missingPowerShellModules(run.output);
  if (modules.length) {
    const list = modules.join(', ');
    return `This PowerShell script needs the module${modules.length > 1 ? 's' : ''} ${list}, not installed on this instance. Install ${modules.length > 1 ? 'them' : 'it'} there (Install-Module, or the Windows feature that provides ${modules.length > 1 ? 'them' : 'it'}), then run again.`;
  }
  if (/PowershellNotFound/i.test(`${run.errorCode} ${run.errorInfo}`)) {
    return 'The Cloud Assistant Agent found no PowerShell on this instance. Install Windows PowerShell (or PowerShell 7 on Linux), or send the script as a batch or shell script.';
  }
  return null;
}
