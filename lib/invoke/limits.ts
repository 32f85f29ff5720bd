/**
 * The InvokeCommand limits, as the seed page (`InvokeCommand.md`) states them.
 * The live API has raised several of them over time (see the reference, §0), so the
 * sandbox and the form both take a `Limits` object and these are only the defaults.
 */
export interface Limits {
  /** InstanceId.N per call. */
  instancesPerCall: number;
  /** Bytes of Base64 of the command content with parameters substituted. */
  contentBase64Bytes: number;
  /** InvokeCommand calls per region per UTC day. */
  dailyInvocations: number;
  /** Custom parameters passed in one call. */
  parametersPerCall: number;
  parameterKeyLength: number;
  usernameLength: number;
  windowsPasswordNameLength: number;
  workingDirLength: number;
  clientTokenLength: number;
  minTimeoutSeconds: number;
  /** Output kept per run; the rest is reported as `Dropped`. */
  outputBytes: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  instancesPerCall: 50,
  contentBase64Bytes: 16 * 1024,
  dailyInvocations: 5000,
  parametersPerCall: 10,
  parameterKeyLength: 64,
  usernameLength: 255,
  windowsPasswordNameLength: 255,
  workingDirLength: 200,
  clientTokenLength: 64,
  minTimeoutSeconds: 10,
  outputBytes: 24 * 1024,
});
