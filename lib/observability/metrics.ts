import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The process's Prometheus metrics, exposed at /api/metrics. One registry per process, kept on
 * globalThis: our HTTP server (lib/runtime/serve.ts) and Next's bundles load this module
 * separately and must count into the same metrics. Labels take bounded values only (an action
 * name, an error code, an HTTP status), never an ID.
 */

type Reader = () => Promise<Record<string, number>>;

const ECS_BUCKETS = [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20];
const HTTP_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

function create() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const sources: { webhookDeliveries: Reader | null } = { webhookDeliveries: null };
  const metrics = {
    registry,
    sources,
    ecsCalls: new Counter({
      name: 'invokedeck_ecs_calls_total',
      help: 'ECS API attempts by action and outcome (OK, or the error code: Alibaba\'s, or Timeout/NetworkError)',
      labelNames: ['action', 'code'] as const,
      registers,
    }),
    ecsDuration: new Histogram({
      name: 'invokedeck_ecs_call_duration_seconds',
      help: 'Duration of one ECS API attempt, by action',
      labelNames: ['action'] as const,
      buckets: ECS_BUCKETS,
      registers,
    }),
    endpointDuration: new Histogram({
      name: 'invokedeck_endpoint_duration_seconds',
      help: 'Duration of server actions and route handlers, by name and outcome (ok, or the error code)',
      labelNames: ['kind', 'endpoint', 'outcome'] as const,
      buckets: HTTP_BUCKETS,
      registers,
    }),
    httpDuration: new Histogram({
      name: 'invokedeck_http_request_duration_seconds',
      help: 'Duration of HTTP requests, by kind (page, api, action, asset), method and status',
      labelNames: ['kind', 'method', 'status'] as const,
      buckets: HTTP_BUCKETS,
      registers,
    }),
    budgetTokens: new Gauge({
      name: 'invokedeck_ecs_budget_tokens',
      help: 'Calls left in the ECS API budget by action, as this process last saw the shared bucket',
      labelNames: ['action'] as const,
      registers,
    }),
    budgetRate: new Gauge({
      name: 'invokedeck_ecs_budget_rate',
      help: 'Calls per second the ECS API budget allows now by action (lowered after a Throttling answer)',
      labelNames: ['action'] as const,
      registers,
    }),
    budgetWaits: new Counter({
      name: 'invokedeck_ecs_budget_waits_total',
      help: 'ECS calls that waited for the API budget, by action, priority (launch, background) and outcome (sent, refused)',
      labelNames: ['action', 'priority', 'outcome'] as const,
      registers,
    }),
    budgetWaitSeconds: new Counter({
      name: 'invokedeck_ecs_budget_wait_seconds_total',
      help: 'Time ECS calls spent waiting for the API budget, by action and priority',
      labelNames: ['action', 'priority'] as const,
      registers,
    }),
    batchOutcomes: new Counter({
      name: 'invokedeck_batch_outcomes_total',
      help: "Batches this process's dispatcher finished with: sent, retrying (a transient failure), failed",
      labelNames: ['outcome'] as const,
      registers,
    }),
    launches: new Counter({
      name: 'invokedeck_launches_total',
      help: 'Launches recorded, cluster-wide (read from the database at scrape: take max over replicas)',
      registers,
    }),
    batches: new Gauge({
      name: 'invokedeck_batches',
      help: 'Batches by status (pending, sent, failed, skipped), cluster-wide from the database',
      labelNames: ['status'] as const,
      registers,
    }),
    dispatcherLag: new Gauge({
      name: 'invokedeck_dispatcher_lag_seconds',
      help: 'Age of the oldest batch due to be sent, cluster-wide; 0 when none waits',
      registers,
    }),
    webhookDeliveries: new Gauge({
      name: 'invokedeck_webhook_deliveries',
      help: 'Webhook deliveries by status, as the notification outbox reports them',
      labelNames: ['status'] as const,
      registers,
      async collect() {
        const read = sources.webhookDeliveries;
        if (!read) return;
        this.reset();
        for (const [status, count] of Object.entries(await read())) this.set({ status }, count);
      },
    }),
  };
  return metrics;
}

type Metrics = ReturnType<typeof create>;

const holder = globalThis as unknown as { invokedeckMetrics?: Metrics };

export function metrics(): Metrics {
  holder.invokedeckMetrics ??= create();
  return holder.invokedeckMetrics;
}

/** One ECS API attempt (the transport calls this for each, retries included). */
export function observeEcsCall(action: string, code: string, seconds: number): void {
  const m = metrics();
  m.ecsCalls.inc({ action, code });
  m.ecsDuration.observe({ action }, seconds);
}

/** The ECS API budget's bucket for `action` as last seen: tokens left and calls per second. */
export function observeBudget(action: string, tokens: number, rate: number): void {
  const m = metrics();
  m.budgetTokens.set({ action }, tokens);
  m.budgetRate.set({ action }, rate);
}

/** A call waited `seconds` for a budget token; `refused`: it gave up (the wait would pass its bound). */
export function observeBudgetWait(action: string, priority: string, seconds: number, refused = false): void {
  const m = metrics();
  m.budgetWaits.inc({ action, priority, outcome: refused ? 'refused' : 'sent' });
  m.budgetWaitSeconds.inc({ action, priority }, seconds);
}

/** A server action or route handler finished: `outcome` is ok or the failure's code. */
export function observeEndpoint(kind: 'action' | 'route', endpoint: string, outcome: string, seconds: number): void {
  metrics().endpointDuration.observe({ kind, endpoint, outcome }, seconds);
}

export function observeHttp(kind: string, method: string, status: number, seconds: number): void {
  metrics().httpDuration.observe({ kind, method, status: String(status) }, seconds);
}

export function countBatchOutcome(outcome: 'sent' | 'retrying' | 'failed'): void {
  metrics().batchOutcomes.inc({ outcome });
}

/** Set the cluster-wide figures read from the database just before an exposition. */
export function setLaunchFigures(figures: { launches: number; batchesByStatus: Record<string, number>; dispatcherLagSeconds: number }): void {
  const m = metrics();
  m.launches.reset();
  m.launches.inc(figures.launches);
  m.batches.reset();
  for (const status of ['pending', 'sent', 'failed', 'skipped']) m.batches.set({ status }, figures.batchesByStatus[status] ?? 0);
  m.dispatcherLag.set(figures.dispatcherLagSeconds);
}

/**
 * The hook for the notification outbox: give a function that counts deliveries by status
 * (pending, delivered, failed…); it is called at each scrape. Registering again replaces it.
 */
export function registerWebhookDeliveryCounts(read: Reader): void {
  metrics().sources.webhookDeliveries = read;
}

/** The exposition in Prometheus's text format, and its content type. */
export async function exposition(): Promise<{ body: string; contentType: string }> {
  const { registry } = metrics();
  return { body: await registry.metrics(), contentType: registry.contentType };
}
