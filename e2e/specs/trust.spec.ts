import { statSync } from 'node:fs';
import { join } from 'node:path';

import { expect, request as playwrightRequest, test } from '@playwright/test';

import { callServerAction, listServerActions } from '../endpoints';
import { E2E } from '../env';
import { LoginPage } from '../pages/login-page';

/**
 * The holes a security review would try first, each tried the way an attacker would: from a
 * script with forged headers, from a second browser, from a web page aimed at the sandbox.
 */

function action(name: string) {
  const found = listServerActions().find((entry) => entry.name === name);
  if (!found) throw new Error(`${name} is not in the build`);
  return found;
}

test.describe('response headers', () => {
  test('a page carries a CSP whose nonce its scripts use, and the other security headers', async ({ request }) => {
    const response = await request.get('/login');
    const headers = response.headers();
    const policy = headers['content-security-policy'] ?? '';
    for (const directive of ["default-src 'self'", "frame-ancestors 'none'", "form-action 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'"]) {
      expect(policy, directive).toContain(directive);
    }
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, tag).toContain(`nonce="${nonce}"`);

    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['referrer-policy']).toBe('same-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    const again = (await request.get('/login')).headers()['content-security-policy'];
    expect(again, 'a fresh nonce per response').not.toBe(policy);
  });

  test('HSTS only over HTTPS: a caller cannot claim HTTPS through an untrusted X-Forwarded-Proto', async ({ request }) => {
    const response = await request.get('/login', { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(response.headers()['strict-transport-security']).toBeUndefined();
    expect(response.headers()['content-security-policy']).not.toContain('upgrade-insecure-requests');
  });

  test('every page runs under the policy without one violation', async ({ browser }) => {
    for (const [account, paths] of [
      ['operator', ['/invoke', '/invocations', '/presets']],
      ['admin', ['/admin']],
    ] as const) {
      const context = await browser.newContext({ storageState: E2E.storage[account] });
      await context.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
      const page = await context.newPage();
      for (const path of paths) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        // Hydrated: the client-side navigation answers (it needs the nonce'd scripts to have run).
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Invocations' }).click();
        await expect(page).toHaveURL(/\/invocations/);
        expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations), path).toEqual([]);
      }
      await context.close();
    }
  });
});

test.describe('regions', () => {
  test('a region edited in a request is refused on its field before any ECS call, on every door', async ({ playwright }) => {
    const operator = await playwrightRequest.newContext({ baseURL: E2E.baseUrl, storageState: E2E.storage.operator });
    const control = await playwright.request.newContext({ extraHTTPHeaders: { authorization: `Bearer ${E2E.sandboxControlToken}` } });
    const mark = ((await (await control.get(`${E2E.sandboxUrl}/_sandbox/requests?limit=1`)).json()) as { lastSeq: number }).lastSeq;
    const draft = { regionId: 'cn-shanghai', commandId: 'c-sh0abcdefabcd', instanceIds: ['i-uf6abcdefabcd'], repeatMode: 'Once', frequency: '', parameters: [], username: '', windowsPasswordName: '' };
    for (const region of ['evil.example.com', 'us-east-9', 'cn-shanghai.evil.example']) {
      const launched = await callServerAction(operator, action('launchCommand'), [{ launchId: crypto.randomUUID(), draft: { ...draft, regionId: region } }]);
      expect(launched.result, region).toMatchObject({ ok: false, status: 422, fieldErrors: { regionId: [expect.stringMatching(/^Region/)] } });
      const stopped = await callServerAction(operator, action('stopInvocation'), [{ region, invokeId: 't-sh0abcdefabcd' }]);
      expect(stopped.result, region).toMatchObject({ ok: false, status: 422, fieldErrors: { region: [expect.stringMatching(/^Region/)] } });
      const listed = await operator.get(`/api/ecs/commands?region=${encodeURIComponent(region)}`);
      expect(listed.status(), region).toBe(422);
    }
    // Made by this test alone: other specs' calls in the same moment go to real regions, or to
    // none (DescribeRegions, which the readiness check and the region list make).
    const calls = ((await (await control.get(`${E2E.sandboxUrl}/_sandbox/requests?since=${mark}`)).json()) as { requests: { regionId: string }[] }).requests;
    expect(calls.filter((call) => call.regionId !== '' && call.regionId !== 'cn-shanghai' && call.regionId !== 'cn-hangzhou' && call.regionId !== 'cn-beijing' && call.regionId !== 'cn-nanjing')).toEqual([]);
    await operator.dispose();
    await control.dispose();
  });
});

test.describe('signing in', () => {
  test('a return path that would leave the site lands on the dashboard', async ({ browser }) => {
    for (const next of ['/\t/evil.example/x', '/.//evil.example', '/\\evil.example', 'https://evil.example/']) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const login = new LoginPage(page);
      await login.goto(next);
      await login.signIn(E2E.viewer.username, E2E.viewer.password);
      // A viewer's home is the overview.
      await expect(page, JSON.stringify(next)).toHaveURL(`${E2E.baseUrl}/overview`);
      await context.close();
    }
  });

  test('the client address is the socket’s, not what the caller says in X-Forwarded-For or X-Real-IP', async ({ request }) => {
    const username = `forger${Date.now() % 100000}`;
    const { result } = await callServerAction(request, action('signIn'), [{ username, password: 'wrong password' }], {
      'X-Forwarded-For': '6.6.6.6',
      'X-Real-IP': '7.7.7.7',
    });
    expect(result).toMatchObject({ ok: false, code: 'BAD_CREDENTIALS' });
    const admin = await playwrightRequest.newContext({ baseURL: E2E.baseUrl, storageState: E2E.storage.admin });
    // The log narrowed to this account, so other specs' entries cannot push it off the page.
    const page = await (await admin.get(`/admin?target=${username}`)).text();
    await admin.dispose();
    const entry = new RegExp(`Failed sign-in.{0,400}${username}.{0,2000}?(127\\.0\\.0\\.1|::1)`, 's');
    expect(page).toMatch(entry);
    expect(page).not.toContain('6.6.6.6');
    expect(page).not.toContain('7.7.7.7');
  });
});

test.describe('anonymous callers', () => {
  test('learn nothing about a preset or an InvokeId: a bare redirect, no title, no name', async ({ playwright }) => {
    const operator = await playwrightRequest.newContext({ baseURL: E2E.baseUrl, storageState: E2E.storage.operator });
    const name = `Quiet preset ${Date.now() % 100000}`;
    const draft = { regionId: 'cn-shanghai', commandId: '', instanceIds: [], repeatMode: 'Once', frequency: '', parameters: [], username: '', windowsPasswordName: '' };
    const created = await callServerAction(operator, action('createPreset'), [{ name, description: 'held back from strangers', draft, instanceFilter: null }]);
    await operator.dispose();
    const slug = (created.result as { data: { slug: string } }).data.slug;

    for (const cookie of [undefined, 'invokedeck_session=forged-token-value']) {
      const anonymous = await playwright.request.newContext({ baseURL: E2E.baseUrl, ...(cookie ? { extraHTTPHeaders: { cookie } } : {}) });
      for (const path of [`/presets/${slug}`, '/invocations/t-sh0abcdefabcdef']) {
        const response = await anonymous.get(path, { maxRedirects: 0 });
        expect(response.status(), `${path} ${cookie ?? 'no cookie'}`).toBe(307);
        expect(response.headers().location).toContain(`/login?next=${encodeURIComponent(path)}`);
        const body = await response.text();
        expect(body).not.toContain(name);
        expect(body).not.toContain('held back');
        expect(body).not.toContain('t-sh0abcdefabcdef</title>');
      }
      await anonymous.dispose();
    }
  });
});

test.describe('the sandbox', () => {
  test('a web page open in the same browser cannot drive its control endpoints', async ({ page, playwright }) => {
    const control = await playwright.request.newContext({ extraHTTPHeaders: { authorization: `Bearer ${E2E.sandboxControlToken}` } });
    const before = (await (await control.get(`${E2E.sandboxUrl}/_sandbox/faults`)).json()) as { faults: unknown };
    const attack = (url: string) =>
      Promise.all([
        // A "simple" cross-site request goes out without a preflight: only the token stops it.
        fetch(`${url}/_sandbox/faults`, { method: 'POST', mode: 'no-cors', body: '{"InvokeCommand":{"throttle":1}}' }).then(() => 'sent', () => 'blocked'),
        fetch(`${url}/_sandbox/faults`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"InvokeCommand":{"throttle":1}}' }).then((r) => String(r.status), () => 'blocked'),
        fetch(`${url}/_sandbox`).then((r) => String(r.status), () => 'blocked'),
      ]);
    // From a page of some other site (no policy of ours to hold it back).
    await page.goto('about:blank');
    const elsewhere = await page.evaluate(attack, E2E.sandboxUrl);
    expect(elsewhere.slice(1), 'a preflighted or readable request never gets an answer').toEqual(['blocked', 'blocked']);
    // From our own pages the policy's connect-src does not even let the request out.
    await page.goto('/login');
    expect(await page.evaluate(attack, E2E.sandboxUrl)).toEqual(['blocked', 'blocked', 'blocked']);

    const unsigned = await playwright.request.newContext();
    expect((await unsigned.post(`${E2E.sandboxUrl}/_sandbox/reset`)).status()).toBe(401);
    const rebound = await unsigned.get(`${E2E.sandboxUrl}/_sandbox`, { headers: { host: `rebind.example:${E2E.sandboxPort}`, authorization: `Bearer ${E2E.sandboxControlToken}` } });
    expect(rebound.status(), 'a DNS-rebound name is refused even with the token').toBe(403);
    await unsigned.dispose();
    expect(await (await control.get(`${E2E.sandboxUrl}/_sandbox/faults`)).json()).toEqual(before);
    await control.dispose();
  });
});

test('the database and the sandbox’s state are readable by their owner only', () => {
  const mode = (path: string) => statSync(path).mode & 0o777;
  const root = join(__dirname, '..', '..', E2E.dataDir);
  expect(mode(root)).toBe(0o700);
  expect(mode(join(root, 'invokedeck.db'))).toBe(0o600);
  expect(mode(join(root, 'sandbox'))).toBe(0o700);
  expect(mode(join(root, 'sandbox', 'state.json'))).toBe(0o600);
});
