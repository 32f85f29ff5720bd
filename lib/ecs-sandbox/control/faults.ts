import { z } from 'zod';

export const FAULT_KINDS = ['throttle', 'internalError', 'unavailable', 'drop', 'lostReply', 'ok'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

const rate = z.number().min(0).max(1);

/**
 * Faults for one action (or `*` for every action without its own rule). Rates are
 * probabilities per call; `next` is a queue consumed first, one entry per call, so a
 * test can say "the next two calls are throttled" without relying on luck. `when` narrows the
 * rule to calls with these request parameters (`{"InvokeId": "t-…"}`), so a test that shares
 * the sandbox with others faults its own calls only.
 */
export const faultRuleSchema = z
  .object({
    throttle: rate.optional(),
    internalError: rate.optional(),
    unavailable: rate.optional(),
    drop: rate.optional(),
    // The call is carried out, then the connection drops before the answer: what a ClientToken is for.
    lostReply: rate.optional(),
    latencyMs: z.number().int().min(0).max(120_000).optional(),
    retryAfterMs: z.number().int().min(0).optional(),
    next: z.array(z.enum(FAULT_KINDS)).optional(),
    when: z.record(z.string().min(1), z.string()).optional(),
  })
  .strict();

export const faultConfigSchema = z.record(z.string().min(1), faultRuleSchema);

export type FaultRule = z.infer<typeof faultRuleSchema>;
export type FaultConfig = z.infer<typeof faultConfigSchema>;

export interface FaultDecision {
  kind: FaultKind;
  latencyMs: number;
  retryAfterMs: number;
}

export class FaultInjector {
  private config: FaultConfig = {};

  constructor(
    config: FaultConfig = {},
    private readonly random: () => number = Math.random,
  ) {
    this.set(config);
  }

  set(config: FaultConfig): void {
    this.config = structuredClone(config);
  }

  get(): FaultConfig {
    return structuredClone(this.config);
  }

  /** The fault for one call: its action's rule (else `*`'s), if the call's parameters match its `when`. */
  decide(action: string, params: ReadonlyMap<string, string> = new Map()): FaultDecision {
    const rule = this.config[action] ?? this.config['*'];
    const applies = rule && Object.entries(rule.when ?? {}).every(([name, value]) => params.get(name) === value);
    if (!rule || !applies) return { kind: 'ok', latencyMs: 0, retryAfterMs: 0 };
    const decision = { latencyMs: rule.latencyMs ?? 0, retryAfterMs: rule.retryAfterMs ?? 1000 };
    const queued = rule.next?.shift();
    if (queued) return { kind: queued, ...decision };
    let roll = this.random();
    for (const kind of ['throttle', 'internalError', 'unavailable', 'drop', 'lostReply'] as const) {
      const probability = rule[kind] ?? 0;
      if (roll < probability) return { kind, ...decision };
      roll -= probability;
    }
    return { kind: 'ok', ...decision };
  }
}
