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

test('robots are told to stay out, and the web manifest opens the launch form', async ({ request }) => {
  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toMatch(/User-Agent: \*\s+Disallow: \//i);
  const manifest = await request.get('/manifest.webmanifest');
  expect(manifest.status()).toBe(200);
  expect(await manifest.json()).toMatchObject({ name: 'InvokeDeck', start_url: '/invoke', display: 'standalone', icons: [{ src: '/icon.svg' }] });
});
