import { expect, test } from '@playwright/test';

/**
 * What an operator's monitoring sees of the real server (sandbox mode): liveness, readiness
 * (the database and the ECS sandbox), Prometheus metrics behind METRICS_TOKEN (the suite's
 * server has one: playwright.config.ts), and a request ID on every response.
 */
const METRICS_TOKEN = 'e2e-metrics-token-not-secret';

test.describe('watching the server', () => {
  test('liveness answers without looking at anything else; /api/health still answers as before', async ({ request }) => {
    const live = await request.get('/api/health/live');
    expect(live.status()).toBe(200);
    expect(await live.json()).toEqual({ ok: true });
    expect(live.headers()['cache-control']).toBe('no-store');
    const health = await request.get('/api/health');
    expect(await health.json()).toMatchObject({ ok: true, mode: 'sandbox' });
  });

  test('readiness reports the database and ECS each answering', async ({ request }) => {
    const ready = await request.get('/api/health/ready');
    expect(ready.status()).toBe(200);
    expect(await ready.json()).toMatchObject({ ok: true, checks: { database: { ok: true }, ecs: { ok: true } } });
  });

  test('metrics need the bearer token', async ({ request }) => {
    expect((await request.get('/api/metrics')).status()).toBe(401);
    const wrong = await request.get('/api/metrics', { headers: { authorization: 'Bearer not-the-token-at-all' } });
    expect(wrong.status()).toBe(401);
    expect(await wrong.text()).not.toContain('invokedeck_');
  });

  test('metrics in Prometheus’s format: ECS calls by action and outcome, request latency, launches from the database', async ({ request }) => {
    // Readiness asks ECS, so there is at least one call to count.
    await request.get('/api/health/ready');
    const metrics = await request.get('/api/metrics', { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(metrics.status()).toBe(200);
    expect(metrics.headers()['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const body = await metrics.text();
    expect(body).toMatch(/^invokedeck_ecs_calls_total\{action="DescribeRegions",code="OK"\} [1-9]\d*$/m);
    expect(body).toMatch(/^invokedeck_http_request_duration_seconds_count\{kind="api",method="GET",status="200"\} [1-9]\d*$/m);
    expect(body).toMatch(/^invokedeck_launches_total \d+$/m);
    expect(body).toMatch(/^invokedeck_dispatcher_lag_seconds \d/m);
    expect(body).toContain('# TYPE invokedeck_ecs_call_duration_seconds histogram');
  });

  test('every response carries a request ID; one a client makes up is not taken (no trusted proxy here)', async ({ request }) => {
    const made = await request.get('/api/health/live');
    expect(made.headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const claimed = await request.get('/api/health/live', { headers: { 'x-request-id': 'client-chosen-id-12345' } });
    expect(claimed.headers()['x-request-id']).not.toBe('client-chosen-id-12345');
    expect(claimed.headers()['x-request-id']).not.toBe(made.headers()['x-request-id']);
  });
});
