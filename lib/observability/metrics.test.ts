import { describe, expect, it } from 'vitest';

import { countBatchOutcome, exposition, observeEcsCall, observeEndpoint, registerWebhookDeliveryCounts, setLaunchFigures } from './metrics';
import { metricsResponse } from './metrics-endpoint';

/** What a Prometheus scraper reads: the text format, and the token that guards it. */
const TOKEN = 'metrics-token-for-tests-0001';
const figures = async () => ({ launches: 42, batchesByStatus: { pending: 3, sent: 80, failed: 1 }, dispatcherLagSeconds: 12.5 });
const scrape = (authorization?: string) =>
  metricsResponse(new Request('http://localhost/api/metrics', authorization ? { headers: { authorization } } : {}), { token: TOKEN, readFigures: figures });

describe('metrics exposition', () => {
  it('counts ECS calls by action and outcome, with a latency histogram per action', async () => {
    observeEcsCall('DescribeInvocations', 'OK', 0.03);
    observeEcsCall('InvokeCommand', 'Throttling.User', 0.2);
    observeEcsCall('InvokeCommand', 'Throttling.User', 1.5);
    const { body, contentType } = await exposition();
    expect(contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(body).toContain('# TYPE invokedeck_ecs_calls_total counter');
    expect(body).toMatch(/^invokedeck_ecs_calls_total\{action="InvokeCommand",code="Throttling.User"\} 2$/m);
    expect(body).toContain('# TYPE invokedeck_ecs_call_duration_seconds histogram');
    expect(body).toMatch(/^invokedeck_ecs_call_duration_seconds_bucket\{le="0.25",action="InvokeCommand"\} 1$/m);
    expect(body).toMatch(/^invokedeck_ecs_call_duration_seconds_bucket\{le="\+Inf",action="InvokeCommand"\} 2$/m);
    expect(body).toMatch(/^invokedeck_ecs_call_duration_seconds_sum\{action="InvokeCommand"\} 1.7$/m);
  });

  it('has endpoint latency by outcome, batch outcomes, and the process’s own metrics', async () => {
    observeEndpoint('route', 'launchStatus', 'ok', 0.02);
    observeEndpoint('action', 'stopLaunch', 'FORBIDDEN', 0.01);
    countBatchOutcome('retrying');
    const { body } = await exposition();
    expect(body).toMatch(/^invokedeck_endpoint_duration_seconds_count\{kind="action",endpoint="stopLaunch",outcome="FORBIDDEN"\} 1$/m);
    expect(body).toMatch(/^invokedeck_batch_outcomes_total\{outcome="retrying"\} 1$/m);
    expect(body).toMatch(/^process_cpu_seconds_total \d/m);
  });

  it('sets the database figures at each scrape: launches, batches by status (absent ones at 0), dispatcher lag', async () => {
    setLaunchFigures(await figures());
    setLaunchFigures({ ...(await figures()), launches: 43 });
    const { body } = await exposition();
    expect(body).toMatch(/^invokedeck_launches_total 43$/m);
    expect(body).toMatch(/^invokedeck_batches\{status="sent"\} 80$/m);
    expect(body).toMatch(/^invokedeck_batches\{status="skipped"\} 0$/m);
    expect(body).toMatch(/^invokedeck_dispatcher_lag_seconds 12.5$/m);
  });

  it('asks the webhook outbox for its deliveries by status through the registration hook', async () => {
    registerWebhookDeliveryCounts(async () => ({ delivered: 7, failed: 1 }));
    const { body } = await exposition();
    expect(body).toMatch(/^invokedeck_webhook_deliveries\{status="delivered"\} 7$/m);
    expect(body).toMatch(/^invokedeck_webhook_deliveries\{status="failed"\} 1$/m);
  });
});

describe('/api/metrics', () => {
  it('does not exist without METRICS_TOKEN', async () => {
    const response = await metricsResponse(new Request('http://localhost/api/metrics', { headers: { authorization: `Bearer ${TOKEN}` } }), { token: undefined, readFigures: figures });
    expect(response.status).toBe(404);
  });

  it('answers 401 without the token or with a wrong one, and never shows a metric', async () => {
    for (const authorization of [undefined, `Bearer ${TOKEN}x`, `Basic ${TOKEN}`, 'Bearer ']) {
      const response = await scrape(authorization);
      expect(response.status, String(authorization)).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(await response.text()).not.toContain('invokedeck_');
    }
  });

  it('serves the exposition with the token, and the rest of it when the database figures fail', async () => {
    const ok = await scrape(`Bearer ${TOKEN}`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await ok.text()).toMatch(/^invokedeck_launches_total 42$/m);
    const degraded = await metricsResponse(new Request('http://localhost/api/metrics', { headers: { authorization: `bearer ${TOKEN}` } }), {
      token: TOKEN,
      readFigures: () => Promise.reject(new Error('connection refused')),
    });
    expect(degraded.status).toBe(200);
    expect(await degraded.text()).toContain('invokedeck_ecs_calls_total');
  });
});
