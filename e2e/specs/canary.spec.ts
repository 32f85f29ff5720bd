import { join } from 'node:path';

import { expect, type Response, test } from '@playwright/test';

import { CANARY, CANARY_APP, canariesIn, filesUnder, readAll, startCanaryApp } from '../canary';
import { LaunchPage } from '../pages/launch-page';
import { InvocationPage } from '../pages/invocation-page';
import { LoginPage } from '../pages/login-page';
import { PresetsPage } from '../pages/presets-page';

/**
 * The proof that nothing secret leaves the server: InvokeDeck built and run in live mode with
 * canary credentials (key ID, secret, STS token) against a sandbox through ECS_ENDPOINT, driven
 * through a launch with a secret parameter, a preset and the review pages. No canary may
 * appear in the built browser files, in anything the browser receives (bodies, headers,
 * cookies), in the server's log or in the database.
 */
test.describe.configure({ mode: 'serial' });
test.use({ baseURL: CANARY_APP.baseUrl });

let app: { stop(): Promise<void> } | undefined;

test.beforeAll(async () => {
  test.setTimeout(900_000);
  app = await startCanaryApp({ trustedProxies: 'loopback' });
});

test.afterAll(async () => {
  await app?.stop();
});

test('no credential and no secret parameter value reaches the browser, the log or the database', async ({ browser }) => {
  test.setTimeout(300_000);
  const context = await browser.newContext();
  const received: Promise<{ where: string; found: string[] }>[] = [];
  context.on('response', (response: Response) => {
    received.push(
      (async () => {
        const headers = JSON.stringify(await response.allHeaders());
        const body = await response.body().then((buffer) => buffer.toString('latin1'), () => '');
        return { where: `${response.request().method()} ${response.url()}`, found: canariesIn(`${headers}\n${body}`) };
      })(),
    );
  });
  const page = await context.newPage();

  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(CANARY_APP.admin.username, CANARY_APP.admin.password);
  await expect(page.getByTestId('mode-badge')).toContainText('Live');

  // A launch with a secret parameter, saved as a preset on the way.
  const form = new LaunchPage(page);
  await form.goto();
  await form.chooseCommand('patch-web.sh');
  await form.fillParameters({ registry_token: CANARY.parameter });
  await form.selectInstances('web-prod-201', 'web-prod-202');
  const presetLink = await new PresetsPage(page).form.saveAsPreset('Canary preset', 'holds a secret parameter');
  const review = await form.review();
  await review.showRequestAs('aliyun CLI');
  await review.showRequestAs('HTTP API');
  await review.launch();
  await expect(form.result.headline).toHaveText('Launched on 2 instances in 1 batch', { timeout: 60_000 });
  const [invokeId = ''] = await form.result.invokeIds();

  // The review: the InvokeId with its parameters and an output, the launch, the lists.
  await page.goto(`/invocations/${invokeId}`);
  const invocation = new InvocationPage(page);
  await invocation.expectAggregate(/Success|Failed|Running/);
  const [first] = await invocation.rows().evaluateAll((rows) => rows.map((row) => row.getAttribute('data-instance') ?? ''));
  await invocation.openOutput(first ?? '');
  await page.goto('/invocations');
  await expect(page.getByRole('heading', { name: 'Invocations', level: 1 })).toBeVisible();
  await page.goto(presetLink);
  await expect(page.getByText(/enter registry_token again/i).first()).toBeVisible();
  await page.goto('/presets');
  await page.goto('/admin');
  await expect(page.getByRole('heading', { name: 'Admin', level: 1 })).toBeVisible();

  // The value did go where it belongs: Alibaba's (the sandbox's) record of the invocation.
  const record = await fetch(`${CANARY_APP.sandboxUrl}/_sandbox/requests?action=InvokeCommand`, { headers: { authorization: `Bearer ${CANARY_APP.sandboxControlToken}` } });
  expect(((await record.json()) as { requests: { code: string }[] }).requests.map((entry) => entry.code)).toEqual(['OK']);

  const responses = await Promise.all(received);
  expect(responses.length).toBeGreaterThan(30);
  expect(responses.filter((entry) => entry.found.length > 0)).toEqual([]);
  expect(canariesIn(JSON.stringify(await context.cookies()))).toEqual([]);
  await context.close();

  const log = readAll(CANARY_APP.logFile);
  expect(log).toContain('ecs call');
  expect(canariesIn(log)).toEqual([]);

  const database = ['invokedeck.db', 'invokedeck.db-wal'].map((name) => readAll(join(CANARY_APP.dataDir, name))).join('');
  expect(database).toContain('patch-web.sh');
  expect(canariesIn(database)).toEqual([]);

  const built = filesUnder(join(__dirname, '..', '..', CANARY_APP.distDir, 'static'));
  expect(built.length).toBeGreaterThan(10);
  const inBundles = built.flatMap((file) => canariesIn(readAll(file)).map((name) => `${name} in ${file}`));
  expect(inBundles).toEqual([]);
});

test('behind a trusted proxy: its client address and HTTPS are believed, and HSTS is sent', async ({ browser, request }) => {
  const overHttps = await request.get('/login', { headers: { 'X-Forwarded-Proto': 'https' } });
  expect(overHttps.headers()['strict-transport-security']).toMatch(/max-age=\d+/);
  expect(overHttps.headers()['content-security-policy']).toContain('upgrade-insecure-requests');
  expect((await request.get('/login')).headers()['strict-transport-security']).toBeUndefined();

  // This server trusts loopback (TRUSTED_PROXIES=loopback): the test is the proxy, and says who the client is.
  const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.23' } });
  const page = await context.newPage();
  await new LoginPage(page).goto();
  await new LoginPage(page).signIn(CANARY_APP.admin.username, CANARY_APP.admin.password);
  await expect(page).toHaveURL(/\/invoke$/);
  await page.goto('/admin');
  await expect(page.getByRole('list', { name: 'Audit log' }).getByRole('listitem').filter({ hasText: 'signed in' }).first()).toContainText('198.51.100.23');
  await context.close();
});
