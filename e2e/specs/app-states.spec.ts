import { E2E } from '../env';
import { expect, test } from '../fixtures';

/**
 * Issue 15, App Router states: what does not exist answers 404 with a page that says so under
 * an h1; robots are kept out; the app can be installed from its manifest.
 */
test.use({ storageState: E2E.storage.operator });

test('an unknown InvokeId, launch, preset or page answers 404 with a heading that says what was not found', async ({ page }) => {
  const cases = [
    { path: '/invocations/t-sh00000000nothere?region=cn-shanghai', heading: 'InvokeId not found' },
    { path: '/invocations/not-an-invoke-id', heading: 'InvokeId not found' },
    { path: `/invocations/launches/${crypto.randomUUID()}`, heading: 'Launch not found' },
    { path: '/invocations/launches/not-a-launch', heading: 'Launch not found' },
    { path: '/presets/no-such-preset-aaaaaa', heading: 'Preset not found' },
    { path: '/no-such-page', heading: 'This page does not exist' },
  ];
  for (const { path, heading } of cases) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
});

test('robots are told to stay out, and the web manifest opens the launch form with icons anyone can fetch', async ({ request, playwright }) => {
  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toMatch(/User-Agent: \*\s+Disallow: \//i);
  const manifest = await request.get('/manifest.webmanifest');
  expect(manifest.status()).toBe(200);
  const body = (await manifest.json()) as { name: string; start_url: string; display: string; icons: { src: string; sizes: string; type: string; purpose?: string }[] };
  expect(body).toMatchObject({ name: 'InvokeDeck', start_url: '/invoke', display: 'standalone' });
  expect(body.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['any', '192x192', '512x512']));
  expect(body.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
  // Every icon it names is served, to a browser that is not signed in, as what it says it is.
  const visitor = await playwright.request.newContext({ baseURL: E2E.baseUrl });
  for (const icon of [...body.icons, { src: '/apple-icon.png', type: 'image/png' }]) {
    const served = await visitor.get(icon.src, { maxRedirects: 0 });
    expect(served.status(), icon.src).toBe(200);
    expect(served.headers()['content-type'], icon.src).toContain(icon.type);
  }
  await visitor.dispose();
});

test('when ECS fails, the page says so under an h1, keeps the server error to a reference, and Try again brings it back', async ({ page, sandbox }) => {
  // The commands of cn-hangzhou, a region no other spec reads them in; the fault is narrowed to
  // that region's DescribeCommands and lasts only as long as the page load.
  await sandbox.withFaults({ DescribeCommands: { internalError: 1, when: { RegionId: 'cn-hangzhou' } } }, () => page.goto('/commands?region=cn-hangzhou'));
  await expect(page.getByRole('heading', { level: 1, name: 'Commands could not be loaded' })).toBeVisible();
  const alert = page.getByRole('alert').filter({ hasText: 'Something failed on the server' });
  await expect(alert).toContainText(/Reference \w+/);
  // What the server knew (Alibaba's code and words) stays in its log.
  await expect(alert).not.toContainText(/InternalError|dispatch/i);
  await expect(page.getByRole('link', { name: 'Open the invocations' })).toHaveAttribute('href', '/invocations');

  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Commands' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'in cn-hangzhou' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Commands could not be loaded' })).toHaveCount(0);
});

test('while ECS is slow to list the regions, the launch form shows its shape and says it is loading', async ({ page, sandbox }) => {
  const loading = page.getByRole('status').filter({ hasText: 'Loading the launch form' });
  await sandbox.withFaults({ DescribeRegions: { latencyMs: 3_000 } }, async () => {
    // Not waiting for the load event: it fires once the streamed page is complete.
    await page.goto('/invoke', { waitUntil: 'commit' });
    await expect(loading).toBeAttached();
    await expect(page.getByRole('heading', { level: 1, name: 'Launch a command' })).toBeVisible();
    await expect(page.getByRole('radiogroup', { name: 'Command' })).toBeVisible();
  });
  await expect(loading).toHaveCount(0);
});
