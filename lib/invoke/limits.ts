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

/** The seed's limits: sandbox mode's documented default (the built-in sandbox enforces the same). */
export const SANDBOX_LIMITS: Readonly<Limits> = DEFAULT_LIMITS;

/**
 * Live mode's defaults: what Alibaba documents today (reference §6): 100 instances per
 * InvokeCommand/RunCommand call and 24 KB of Base64 content. The daily quota is the
 * account's (DescribeAccountAttributes); 5,000 only when the account does not say.
 */
export const LIVE_LIMITS: Readonly<Limits> = Object.freeze({ ...DEFAULT_LIMITS, instancesPerCall: 100, contentBase64Bytes: 24 * 1024 });

/** The limits an operator may set by environment, for the mode the server runs in. */
export type LimitOverrides = Partial<Pick<Limits, 'instancesPerCall' | 'contentBase64Bytes' | 'dailyInvocations'>>;

export function limitsFor(mode: 'sandbox' | 'live', overrides: LimitOverrides = {}): Limits {
  const set = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined)) as LimitOverrides;
  return { ...(mode === 'live' ? LIVE_LIMITS : SANDBOX_LIMITS), ...set };
}

/**
 * Where today's daily quota figure came from: the account (DescribeAccountAttributes), the
 * operator's environment setting, or the mode's documented default.
 */
export type QuotaSource = 'account' | 'configured' | 'default';

/** What GET /api/quota answers: today's calls in a region, its limit and where it came from, and the per-call limits the form applies. */
export interface QuotaAnswer {
  used: number;
  limit: number;
  source: QuotaSource;
  limits: Pick<Limits, 'instancesPerCall' | 'contentBase64Bytes'>;
}

const SOURCE_WORDS: Record<QuotaSource, string> = {
  account: "the account's own quota (DescribeAccountAttributes)",
  configured: 'set by ECS_DAILY_INVOCATION_QUOTA',
  default: 'the documented default; the account did not say',
};

/** The same in a few words, under the figure in the form's summary. */
export const QUOTA_SOURCE_SHORT: Readonly<Record<QuotaSource, string>> = Object.freeze({
  account: "the account's quota",
  configured: 'set for this server',
  default: 'documented default',
});

/** "5,000 a day: the account's own quota (…)" — said beside the figure in the form and the review. */
export function describeQuotaSource(source: QuotaSource): string {
  return SOURCE_WORDS[source];
}
