/**
 * ECS_API_RATE: calls per second per action, `Action=rate` pairs separated by commas, `*` for
 * every action not named. Alibaba sets its limits per API, region and account and shows them
 * only in each account's Quota Center (its "API call throttling" page publishes no figures),
 * so the defaults are conservative picks, not Alibaba's numbers.
 */
export type ApiRates = Readonly<Record<string, number>>;

export const DEFAULT_API_RATES: ApiRates = {
  DescribeInstances: 20,
  DescribeCloudAssistantStatus: 20,
  DescribeInvocations: 20,
  DescribeInvocationResults: 20,
  InvokeCommand: 10,
  RunCommand: 10,
  StopInvocation: 10,
  '*': 10,
};

const PAIR = /^(\*|[A-Z][A-Za-z]{1,63})=(\d+(?:\.\d+)?)$/;

/** Parses ECS_API_RATE; throws with the part that is wrong. Unset or empty: no overrides. */
export function parseApiRates(value: string | undefined): ApiRates {
  const rates: Record<string, number> = {};
  for (const part of (value ?? '').split(',').map((item) => item.trim()).filter(Boolean)) {
    const match = PAIR.exec(part.replace(/\s+/g, ''));
    const rate = Number(match?.[2]);
    if (!match?.[1] || !(rate >= 0.1 && rate <= 1_000)) {
      throw new Error(`"${part}" is not Action=calls per second (0.1 to 1000), e.g. DescribeInstances=20,*=10`);
    }
    rates[match[1]] = rate;
  }
  return rates;
}

/** An action's calls per second: its own setting, else the configured `*`, else the defaults'. */
export function rateFor(action: string, configured: ApiRates): number {
  return configured[action] ?? configured['*'] ?? DEFAULT_API_RATES[action] ?? DEFAULT_API_RATES['*'] ?? 10;
}

/** The most a bucket holds: one second's worth, at least one call. */
export function burstFor(rate: number): number {
  return Math.max(1, rate);
}
